"""Words by meaning in European and nearby languages, taken from the translation catalogues of programs that are not
mail programs (round r63glossa: GNU libc's strerror, GLib's GIO, KDE's KIO, APT, Wget, GnuTLS and NetworkManager in
Debian bookworm; the terms of `_R63_GLOSSA_WORDS`). Each sentence here is our own, written as a native's mail client
or server might say it, and each test checks the rule that decided, so that none passes through a model guess."""

from __future__ import annotations

import pytest

from bouncelib import Reason, parse_reply

_NET = Reason.NETWORKERROR

CASES = [
    # Ukrainian
    ("Не вдалося надіслати лист: невідомий вузол mx.example.org", Reason.HOSTUNKNOWN, "concept:NO_HOST"),
    ("На поштовому сервері диск переповнений", Reason.SYSTEMFULL, "concept:DISKFULL"),
    ("Не вдалося приєднатися до сервера пошти", _NET, "concept:CONNECTION+CANNOT"),
    # Finnish
    ("Postin lähetys keskeytyi: tuntematon konenimi mail.example.org", Reason.HOSTUNKNOWN, "concept:NO_HOST"),
    ("Postipalvelimen levy on täynnä", Reason.SYSTEMFULL, "concept:DISKFULL"),
    ("SMTP-todennusvirhe palvelimella mail.example.org", Reason.SECURITYERROR, "concept:SMTPAUTH"),
    # Belarusian
    ("Не ўдалося злучыцца з паштовым серверам", _NET, "concept:CONNECTION+CANNOT"),
    ("Паштовы сервер: адмоўлена ў злучэнні", _NET, "concept:CONNECTION+REFUSED"),
    # Polish
    ("Wysyłka przerwana, przekroczono czas oczekiwania na odpowiedź", _NET, "concept:TIMEOUT"),
    ("Certyfikat serwera wygasł", Reason.FAILEDSTARTTLS, "concept:CERT+ADDR_EXPIRED"),
    # Latvian
    ("Nevarēja savienoties ar pasta serveri", _NET, "concept:CONNECTION+CANNOT"),
    # Hungarian
    ("A levelezőkiszolgáló visszautasította a kapcsolatot", _NET, "concept:CONNECTION+REFUSED"),
    ("Időtúllépési hiba a levél küldése közben", _NET, "concept:TIMEOUT"),
    # Danish
    ("Serverens certifikat er udløbet", Reason.FAILEDSTARTTLS, "concept:CERT+ADDR_EXPIRED"),
    # Serbian
    ("Одбијена је веза са сервером", _NET, "concept:CONNECTION+REFUSED"),
    ("Порука је предуга за овај сервер", Reason.MESGTOOBIG, "concept:MESSAGE+TOOBIG"),
    # Catalan
    ("No s'ha pogut connectar al servidor de correu", _NET, "concept:CONNECTION+CANNOT"),
    ("El servidor de correu té el disc ple", Reason.SYSTEMFULL, "concept:DISKFULL"),
    # Turkish
    ("Hata: disk dolu, ileti kaydedilemedi", Reason.SYSTEMFULL, "concept:DISKFULL"),
    # Croatian
    ("Nije moguće spojiti se na poslužitelj pošte", _NET, "concept:CONNECTION+CANNOT"),
    # Slovenian
    ("Ni se mogoče povezati s poštnim strežnikom", _NET, "concept:CONNECTION+CANNOT"),
    # Dutch
    ("De mailserver is onbereikbaar", _NET, "concept:NETWORK"),
    ("Fout: schijf vol op de mailserver", Reason.SYSTEMFULL, "concept:DISKFULL"),
    # French
    ("Envoi abandonné, délai expiré", _NET, "concept:TIMEOUT"),
    # Portuguese, Spanish, Italian
    ("O servidor de correio recusou a ligação", _NET, "concept:CONNECTION+REFUSED"),
    ("El servidor de correo rechazó la conexión", _NET, "concept:CONNECTION+REFUSED"),
    ("Server di posta irraggiungibile", _NET, "concept:NETWORK"),
    # Czech, Russian, Swedish, Lithuanian
    ("Vypršení časového limitu při odesílání zprávy", _NET, "concept:TIMEOUT"),
    ("Ошибка соединения с почтовым сервером", _NET, "concept:CONNECTION+ERROR"),
    ("Kunde inte skapa förbindelse med e-postservern", _NET, "concept:CONNECTION+CANNOT"),
    ("Nepavyksta prisijungti prie pašto serverio", _NET, "concept:CONNECTION+CANNOT"),
    ("Prisijungimas atmestas", _NET, "concept:CONNECTION+REFUSED"),
    # Greek, Slovak, Estonian, Romanian, Icelandic, Basque, Galician
    ("Ο διακομιστής αλληλογραφίας είναι απροσπέλαστος", _NET, "concept:NETWORK"),
    ("Ο δίσκος γέμισε στον διακομιστή", Reason.SYSTEMFULL, "concept:DISKFULL"),
    ("Poštový server: hostiteľ nedostupný", _NET, "concept:NETWORK"),
    ("Certifikátu servera vypršala platnosť", Reason.FAILEDSTARTTLS, "concept:CERT+ADDR_EXPIRED"),
    ("Meiliserveriga pole võimalik ühenduda", _NET, "concept:CONNECTION+CANNOT"),
    ("Serveri ketas on täis", Reason.SYSTEMFULL, "concept:DISKFULL"),
    ("Imposibil de conectat la serverul de e-mail", _NET, "concept:CONNECTION+CANNOT"),
    ("Ekki tókst að tengjast póstþjóninum", _NET, "concept:CONNECTION+CANNOT"),
    ("Diskur fullur á póstþjóni", Reason.SYSTEMFULL, "concept:DISKFULL"),
    ("Ezin izan da posta zerbitzariarekin konektatu", _NET, "concept:CONNECTION+CANNOT"),
    ("Posta zerbitzaria atziezina da", _NET, "concept:NETWORK"),
    ("O servidor de correo rexeitou a conexión", _NET, "concept:CONNECTION+REFUSED"),
    ("Mensaxe demasiado longa para este servidor", Reason.MESGTOOBIG, "concept:MESSAGE+TOOBIG"),
    # Serbian in Latin letters, Brazilian Portuguese
    ("Ne mogu da se povežem sa serverom za poštu", _NET, "concept:CONNECTION+CANNOT"),
    ("Servidor de e-mail inalcançável", _NET, "concept:NETWORK"),
    # GnuTLS and NetworkManager words: a handshake failed, a bad or expired certificate, a timed-out attempt
    ("Mauvais certificat présenté par le serveur", Reason.FAILEDSTARTTLS, "concept:CERT+WRONG"),
    ("Handshake schlug fehl beim Mailserver", Reason.FAILEDSTARTTLS, "concept:TLSFAIL"),
    ("Handskakning misslyckades med e-postservern", Reason.FAILEDSTARTTLS, "concept:TLSFAIL"),
    ("Il certificato del server non è valido", Reason.FAILEDSTARTTLS, "concept:CERT+UNKNOWN"),
    ("Certifikát serveru vypršel", Reason.FAILEDSTARTTLS, "concept:CERT+ADDR_EXPIRED"),
    ("Próba wysłania przekroczyła czas oczekiwania", _NET, "concept:TIMEOUT"),
    # KIO's and APT's free space, GLib's "not available"
    ("На почтовом сервере недостаточно свободного места", Reason.SYSTEMFULL, "concept:DISKFULL"),
    ("Onvoldoende vrije schijfruimte op de mailserver", Reason.SYSTEMFULL, "concept:DISKFULL"),
    ("Inte tillräckligt ledigt utrymme på servern", Reason.SYSTEMFULL, "concept:DISKFULL"),
    ("Il supporto TLS non è disponibile su questo server", Reason.FAILEDSTARTTLS, "concept:TLS+UNAVAILABLE"),
    ("Podpora TLS na serveru není dostupná", Reason.FAILEDSTARTTLS, "concept:TLS+UNAVAILABLE"),
    # A connection closed or broken (KIO, APT, GLib)
    ("Serwer pocztowy zamknął połączenie bez odpowiedzi", _NET, "concept:CONNECTION+LOST"),
    ("Megszakadt a kapcsolat a levelezőkiszolgálóval", _NET, "concept:CONNECTION+LOST"),
    ("La conexión con el servidor de correo quedó cerrada", _NET, "concept:CONNECTION+LOST"),
    ("Il server di posta ha chiuso la connessione in anticipo", _NET, "concept:CONNECTION+LOST"),
    ("Yhteys postipalvelimeen katkesi kesken lähetyksen", _NET, "concept:CONNECTION+LOST"),
    ("Posta sunucusu bağlantıyı kesti", _NET, "concept:CONNECTION+LOST"),
]


@pytest.mark.parametrize(("text", "reason", "rule"), CASES)
def test_a_word_of_another_program_s_catalogue_read_by_its_meaning(text: str, reason: Reason, rule: str) -> None:
    r = parse_reply(text)
    assert (r.reason, r.rule) == (reason, rule)


@pytest.mark.parametrize("text", [
    "Could not send: the SMTP server named in your settings is unknown",
    "Sending stopped, outgoing server (SMTP) mail.example.org: unknown",
])
def test_the_smtp_server_said_unknown_is_a_host_that_cannot_be_found(text: str) -> None:
    r = parse_reply(text)
    assert (r.reason, r.rule) == (Reason.HOSTUNKNOWN, "concept:HOSTNAME+UNKNOWN")
