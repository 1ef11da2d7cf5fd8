"""Words by meaning from GNOME's network stack (round r78soup: glib-networking, libsoup and gvfs catalogues, which
are not mail programs; `_R78_SOUP_WORDS`): a connection closed or cut, a host's name unknown, no route to a host, a
time run out, a TLS handshake failed, each tested in wordings of our own; every case must be read by a concept rule,
not by the model."""

from __future__ import annotations

import pytest
from rule_reading import by_concept

from bouncelib import Reason


@pytest.mark.parametrize("text", [
    "Relay attempt failed: the session to mx2 terminated unexpectedly after DATA",  # en: "terminated unexpectedly"
    "The connection to the receiving server unexpectedly went down.",  # en: "unexpectedly went down"
    "Die Verbindung zum Empfangsserver wurde getrennt.",  # de: the connection was cut ("getrennt")
    "Anslutningen till e-postservern är trasig.",  # sv: "anslutningen" (the connection) is broken ("trasig")
    "सर्वर से कनेक्शन बंद हो गया।",  # hi: the connection to the server closed ("बंद")
    "Злучэнне з паштовым серверам нечакана знішчана.",  # be: the connection unexpectedly destroyed
    "Bağlantı kırık, ileti gönderilemedi.",  # tr: the connection is broken ("kırık")
    "Yhteys postipalvelimeen on rikki.",  # fi: the connection to the mail server is broken ("rikki")
    "മെയിൽ സെർവറിലേക്കുള്ള കണക്ഷന്\u200d അടച്ചു.",  # ml: the connection (older spelling, with a joiner) was closed
    "ମେଲ ସର୍ଭର ସହିତ ସଂଯୋଗଟି ବନ୍ଦ ହୋଇଛି।",  # or: the connection with the mail server has closed
])
def test_a_connection_closed_cut_or_broken_is_a_network_error(text: str) -> None:
    assert by_concept(text) == Reason.NETWORKERROR


@pytest.mark.parametrize("text", [
    "Нет маршрута до почтового сервера получателя.",  # ru: no route to the recipient's mail server
    "אין נתיב אל שרת הדואר.",  # he: no route to the mail server
    "Nema rute do poslužitelja pošte.",  # hr: no route to the mail server
    "Pas de route vers le serveur de messagerie distant.",  # fr: no route to the remote mail server
])
def test_no_route_to_a_host_is_a_network_error(text: str) -> None:
    assert by_concept(text) == Reason.NETWORKERROR


@pytest.mark.parametrize("text", [
    "Delivery deferred: hostname not known to any resolver.",  # en: "hostname not known"
    "Error de entrega: nombre de servidor desconocido.",  # es: unknown server name
    "Имя узла неизвестно, письмо не доставлено.",  # ru: the host's name is unknown
    "Nazwa komputera jest nieznana: nie można dostarczyć.",  # pl: the computer's name is unknown
])
def test_a_host_name_not_known_is_an_unknown_host(text: str) -> None:
    assert by_concept(text) == Reason.HOSTUNKNOWN


@pytest.mark.parametrize("text", [
    "서버 응답이 제한 시간을 넘었습니다.",  # ko: the server's answer went over the time limit
    "Svarets tidsgräns överskreds vid leveransen.",  # sv: the time limit of the answer was exceeded
    "ოპერაციის ვადა გავიდა სერვერთან საუბრისას.",  # ka: the term ran out while talking to the server
])
def test_a_time_limit_run_out_is_a_network_error(text: str) -> None:
    assert by_concept(text) == Reason.NETWORKERROR


@pytest.mark.parametrize("text", [
    "Sunucuyla TLS el sıkışması sırasında hata oluştu.",  # tr: an error during the TLS handshake
    "Σφάλμα κατά τη χειραψία TLS με τον διακομιστή αλληλογραφίας.",  # el: error during the TLS handshake
])
def test_a_failed_tls_handshake_is_failed_starttls(text: str) -> None:
    assert by_concept(text) == Reason.FAILEDSTARTTLS


@pytest.mark.parametrize(("text", "reason"), [
    ("El servidor requiere una conexión TLS para este dominio.", Reason.FAILEDSTARTTLS),  # es: "requiere"
    ("Il server richiede TLS prima del comando MAIL.", Reason.FAILEDSTARTTLS),  # it: "richiede"
    ("Сервер требует шифрования TLS.", Reason.FAILEDSTARTTLS),  # ru: "требует"
    ("Der Server benötigt TLS für diese Domain.", Reason.FAILEDSTARTTLS),  # de: "benötigt"
    ("Serwer wymaga połączenia TLS.", Reason.FAILEDSTARTTLS),  # pl: "wymaga"
])
def test_a_server_that_requires_tls_names_a_requirement(text: str, reason: Reason) -> None:
    # The verb's present ("requires"), beside the adjectives "requerido", "richiesto", "требуется" already read.
    assert by_concept(text) == reason


@pytest.mark.parametrize("text", [
    "La connexion au serveur distant a expiré.",  # fr: the connection expired, i.e. timed out
    "La conexión con el servidor expiró.",  # es: the same
])
def test_a_connection_whose_time_ran_out_is_a_network_error(text: str) -> None:
    assert by_concept(text) == Reason.NETWORKERROR


@pytest.mark.parametrize("text", [
    "Impossível ligar ao servidor de correio do destinatário.",  # pt: cannot connect ("ligar")
    "Не вдалось з'єднатись з поштовим сервером.",  # uk: could not connect
    "Tidak boleh menyambung ke pelayan mel penerima.",  # ms: cannot connect
    "Alıcının sunucusuyla bir iletişim sorunu yaşandı.",  # tr: a communication problem
    "זמן ההמתנה פג לפני ששרת הדואר ענה.",  # he: the waiting time expired before the mail server answered
    "Waktu tunggu habis ketika menghubungi server surat.",  # id: the waiting time ran out
    "انتهت المهلة قبل أن يرد خادم البريد.",  # ar: the time allowed ended before the mail server answered
])
def test_no_connection_possible_or_a_wait_run_out_is_a_network_error(text: str) -> None:
    assert by_concept(text) == Reason.NETWORKERROR


@pytest.mark.parametrize("text", [
    "Modtagerens postserver kan ikke nås.",  # da: the recipient's mail server cannot be reached
    "No es pot accedir a la xarxa del destinatari.",  # ca: the recipient's network cannot be reached
    "Connexion au serveur SMTP hors délai.",  # fr: connection to the SMTP server timed out ("hors délai")
    "Yhteys vastaanottavaan palvelimeen evätty.",  # fi: the connection to the receiving server refused
    "De verbinding met de mailserver werd onverwacht beëindigd.",  # nl: the connection unexpectedly ended
    "Az időkorlát elérve, a kiszolgáló nem válaszolt.",  # hu: the time limit reached, the server did not answer
])
def test_glib_network_meanings_in_our_own_words(text: str) -> None:
    assert by_concept(text) == Reason.NETWORKERROR


@pytest.mark.parametrize("text", [
    "Deferred: error resolving mx1.example.net, will retry",  # en: "error resolving", the reverse of "resolving error"
    "Fehler beim Auflösen von mx1.example.net",  # de: error resolving
    "Error al resolver el nombre del servidor de correo",  # es: error resolving the mail server's name
    "Fel vid uppslag av mx1.example.net",  # sv: error looking up
])
def test_an_error_resolving_a_name_is_a_network_error(text: str) -> None:
    assert by_concept(text) == Reason.NETWORKERROR
