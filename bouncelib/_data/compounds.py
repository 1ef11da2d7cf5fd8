"""The languages of the terms written before terms carried a tag, and how the compounding languages join words.

German, Dutch, the Scandinavian languages, Icelandic, Finnish, Estonian and Hungarian write one word where English
writes several ("Empfängeradresse", the recipient's address; "postkassen", the mailbox; "postafiókja", his
mailbox), and inflect a noun with endings where English uses prepositions ("aadressile", to the address;
"szerverhez", to the server). A concept term matched as a whole word misses the compound and the inflected form;
`bouncelib._classify._concepts` splits such a word into terms of one of these languages, joined by the language's
linking elements and followed by its endings (see `COMPOUND_LANGUAGES`).

Sources (facts of grammar, no text copied): German Fugenelemente (Duden, "Fugenelement"; Wikipedia "Interfix");
Dutch tussenklanken (Taalunie, "Tussen-s", "Tussen-n"); Swedish, Danish and Norwegian bound definite article and
plural endings and the compounding -s- (Wikipedia "Swedish grammar", "Danish grammar", "Norwegian language"
grammar; Svenska Akademiens grammatik, "fogemorfem"); Icelandic suffixed article (Wikipedia "Icelandic grammar");
Finnish case endings and possessive suffixes (Wikipedia "Finnish noun cases", "Finnish grammar"); Estonian case
endings (Wikipedia "Estonian grammar"); Hungarian case suffixes and possessive suffixes (Wikipedia "Hungarian
noun phrase", "Hungarian grammar").
"""

from __future__ import annotations

from typing import Final, NamedTuple

__all__ = ["BEFORE_TAGS", "COMPOUND_LANGUAGES", "Joining"]


class Joining(NamedTuple):
    """How one language joins a compound's parts and inflects its last one."""

    links: tuple[str, ...]
    """Linking elements written between two parts (besides none): German "Empfang-s-adresse"."""
    endings: frozenset[str]
    """Endings written after a term (its case, number, definiteness or possessor): "adresse-n", "postfach-es"."""
    mail: tuple[str, ...] = ()
    """The language's words for mail and e-mail, written before the thing they qualify ("Mailadresse", "e-postadressen",
    "sähköpostiosoite", the e-mail address): a compound's first part that says only that the thing is of mail, the
    rest naming the thing (the compound is read as the rest)."""
    drops_e: bool = False
    """Whether a first part may lose its final "e" ("mottagare" in Swedish "mottagarkonto", "Schule" in German
    "Schulbuch"): the subtractive linking element."""


def _e(words: str) -> frozenset[str]:
    return frozenset(words.split())


#: The languages whose words are read as compounds, each with its linking elements and endings. Norwegian's terms are
#: tagged "no", "nb" (Bokmål) or "nn" (Nynorsk): one way of joining, "no".
COMPOUND_LANGUAGES: Final[dict[str, Joining]] = {
    # Fugenelemente: -s-, -es-, -n-, -en-, -e-, -er- ("Empfangsadresse", "Speicherplatzgröße"); endings of case and
    # number: "Postfachs", "Postfaches", "Adressen", "Empfängern".
    "de": Joining(("s", "es", "n", "en", "e", "er"), _e("s es n en e er ern em"), ("mail", "email"), drops_e=True),
    # tussen-s, tussen-n ("ontvangersadres"); plural and inflection: -s, -en, -e, -n.
    "nl": Joining(("s", "en", "e"), _e("s en e n"), ("mail", "email")),
    # fogemorfem -s-, and -a-, -o-, -u-, -e- of old stems; the bound article and plural: "postlådan", "adressen",
    # "meddelandet", "mottagarna", genitive "-s".
    "sv": Joining(("s", "a", "o", "u", "e"),
                  _e("n en et t na ar er or arna erna orna ens ets s ns ts nas"), ("epost", "post", "mail"),
                  drops_e=True),
    "da": Joining(("s", "e"), _e("n en et t e er ene erne s ens ets ernes"), ("mail", "email", "post"), drops_e=True),
    "no": Joining(("s", "e"), _e("n en et t e er ene a s ens ets enes"), ("epost", "post", "mail"), drops_e=True),
    # the suffixed article and case endings: "pósthólfið", "netfangið", "netfangsins".
    "is": Joining(("s", "a", "u"), _e("inn ið in ins inu ið ir ar ur i a u s num nar anna unum"),
                  ("tölvupósts", "tölvupóst", "pósts")),
    # case endings and possessive suffixes: "postilaatikkoon", "postilaatikkosi", "osoitteeseen"; no linking element.
    "fi": Joining((), _e("n t a ä ta tä na nä ssa ssä sta stä lla llä lta ltä lle ksi si nsa nsä mme nne ni "
                         "han hin hon hön seen siin aan ään oon öön iin uun yyn ineen tta ttä ine"), ("sähköposti",)),
    # case endings: "aadressile", "serveriga", "postkasti"; no linking element (a genitive head joins as it is).
    "et": Joining((), _e("d t s st sse l lt le ga ks ni na ta ile ilt il iga is ist isse id ide te de sid"),
                  ("posti", "meili")),
    # case and possessive suffixes: "postafiókja", "postafiókban", "szerverhez", "címzettnek", "címét".
    "hu": Joining((), _e("a e ja je t at et ot öt ban ben ba be ból ből ra re ról ről hoz hez höz nak nek val vel on "
                         "en ön n ig ként k ok ek ök ak i ai ei uk ük juk jük unk ünk ja jában jába jából jának "
                         "jára jához jával jét ját ért tól től nál nél"), ("email", "levél")),
}

# Words of other languages written before terms carried a tag, with the languages they are words of.
BEFORE_TAGS: dict[str, str] = {
    "de": "empfänger|empfaenger|benutzer|nutzer|postfach|adressat|konto|benutzerkonto|adresse|e mail adresse|"
    "email adresse|absender|absenderadresse|absenderdomain|nachricht|nachrichten|größe|groesse|nachrichtengröße|"
    "verbindung|verbindungen|speicher|speicherplatz|speichervolumen|schwarze liste|spamverdacht|"
    "authentifizierung|verschlüsselung|kopfzeile|mime inhaltstyp|inhaltstyp|inhaltstypen|anhang|richtlinie|"
    "richtlinien|zeitüberschreitung|versuchen sie es später|zustellversuche|dynamische ip|"
    "ungewöhnliche anzahl|ungewöhnlich hohe anzahl|zu schnell|geschwindigkeit|zu rasch|zu häufig|"
    "pro verbindung|zu viele|zeichen|verloren|unbekannt|unbekannter|existiert nicht|gibt es nicht|ungültig|"
    "ungueltig|nicht vorhanden|gesperrt|deaktiviert|stillgelegt|voll|zuviele mails auf dem server|"
    "zu viele mails auf dem server|zu viele nachrichten auf dem server|überschritten|ueberschritten|zu groß|"
    "nicht auf weißer liste|abgelehnt|abgewiesen|verweigert|nicht erlaubt|nicht zulässig|blockiert|"
    "erforderlich|fehlgeschlagen|nicht gefunden|ungültige|unbekannte|gelöscht|überfüllt|kontingent|"
    "größer als|grösser als|zurückgewiesen|viren|virenverseucht|virenverseuchte|infiziert|infizierte|"
    "infizierten|infizierter|verbindung abgelehnt|interner fehler|systemfehler|mailingliste|verteilerliste|"
    "liste|keine bekannte|kein bekannter|überschreitet|dateianhang|dateianhänge|anhänge|interner serverfehler|"
    "internen serverfehlers|serverfehler|dieser liste|kein mitglied|kein listenmitglied|"
    "nicht von einem listenmitglied|nicht von einem mitglied|liste nicht abonniert|kein abonnent|"
    "nur nachrichten von abonnenten|nur abonnenten dürfen|ihre nachrichten|nicht anzunehmen|nicht annehmen|"
    "domäne|domänen|ip adresse|zeitlimit|rückwärtsauflösung|reverse dns eintrag|dienst nicht verfügbar|"
    "zugangsregel|zugangsregeln|zugriffsregeln|schwarzen liste|graue liste|schadsoftware|schadprogramm|"
    "mailinglist|spam|virus|lista",
    "fr": "destinataire|utilisateur|boîte aux lettres|boite aux lettres|boîte|boite|compte|adresse|domaine|"
    "expéditeur|expediteur|courrier|courriel|taille|connexion|connexions|relais|espace|espace disque|"
    "liste noire|pourriel|courrier indésirable|authentification|chiffrement|pièce jointe|piece jointe|"
    "politique|délai dépassé|réessayer plus tard|tentatives|ip dynamique|taux inhabituel|nombre inhabituel|"
    "volume inhabituel|trop rapidement|vitesse|fréquence|par connexion|trop de|caractères|perdue|inexistant|"
    "inexistante|inconnu|inconnue|n existe pas|invalide|désactivé|desactive|désactivée|suspendu|suspendue|"
    "fermé|plein|pleine|dépassé|depasse|trop volumineux|trop gros|trop grand|refusé|refuse|rejeté|rejete|"
    "bloqué|bloquee|bloquée|interdit|requis|requise|échec|echec|introuvable|supprimé|saturé|saturée|"
    "plus grand que|plus grande que|rejetée|refusée|connexion refusée|erreur interne|erreur système|liste|"
    "liste de diffusion|pas une liste connue|pas connue|pas connu|dépasse|supérieure à|était supérieure|"
    "pièces jointes|erreur interne du serveur|cette liste|pas membre|n est pas membre|pas d un membre|"
    "non membre|pas un inscrit|pas inscrit|pas abonné|seuls les abonnés peuvent|vos messages|rejeter|refuser|"
    "adresse ip|règle d accès|règles d accès|liste grise|logiciel malveillant|délai d attente|dns inverse|"
    "résolution inverse|service indisponible|réessayez plus tard|message|messages|spam|virus|ip",
    "es": "destinatario|usuario|buzón|buzon|cuenta|dirección|direccion|dominio|remitente|mensaje|tamaño|tamano|"
    "conexión|conexiones|retransmisión|espacio|lista negra|autenticación|adjunto|política|intente más tarde|"
    "intentos|tasa inusual|cantidad inusual|volumen inusual|número inusual|demasiado rápido|velocidad|"
    "frecuencia|por conexión|demasiados|caracteres|perdida|perdido|inexistente|desconocido|desconocida|"
    "no existe|no válido|desactivado|desactivada|suspendido|bloqueado|lleno|llena|excedida|superada|"
    "excedido|demasiado grande|rechazado|rechazada|denegado|no permitido|obligatorio|fallido|correo|"
    "correo electrónico|no encontrado|no encontrada|eliminado|completa|superado|cuota|mayor que|"
    "más grande que|denegada|correo no deseado|conexión rechazada|error interno|error del sistema|lista|"
    "lista de correo|no es una lista conocida|no se reconoce|excede|supera|adjuntos|"
    "error interno del servidor|esta lista|no es miembro|no es de un miembro|no miembro|no eres suscriptor|"
    "no es suscriptor|tus mensajes|sus mensajes|rechazar|tiempo de espera agotado|dirección ip|direccion ip|"
    "cifrado|regla de acceso|reglas de acceso|lista gris|software malicioso|tiempo de espera|dns inverso|"
    "resolución inversa|servicio no disponible|inténtelo más tarde|vuelva a intentarlo más tarde|virus|spam|"
    "invalido|inválido|bloqueada|plena|desactive",
    "it": "destinatario|utente|casella|casella postale|indirizzo|dominio|mittente|messaggio|dimensione|"
    "connessione|connessioni|inoltro|spazio|lista nera|autenticazione|allegato|politica|riprovare più tardi|"
    "tentativi|tasso insolito|numero insolito|quantità insolita|volume insolito|troppo velocemente|velocità|"
    "frequenza|per connessione|troppi|caratteri|persa|perso|inesistente|sconosciuto|non esiste|non valido|"
    "disattivato|disabilitato|sospeso|bloccato|pieno|piena|superata|troppo grande|rifiutato|rifiutata|"
    "non consentito|negato|necessario|fallito|posta|dimensioni|non trovato|non trovata|eliminata|superato|"
    "più grande di|respinto|respinta|posta indesiderata|connessione rifiutata|errore interno|"
    "errore di sistema|lista|lista di distribuzione|non è una lista|supera|allegati|errore interno del server|"
    "questa lista|non è un membro|non sei iscritto|non è iscritto alla lista|solo gli iscritti possono|"
    "i tuoi messaggi|rifiutare|rigettare|tempo scaduto|indirizzo ip|crittografia|regola di accesso|"
    "regole di accesso|lista grigia|software dannoso|riprova più tardi|non esistente|completa|virus|spam|"
    "invalido|volume",
    "pt": "destinatário|usuário|utilizador|caixa postal|caixa|conta|endereço|endereco|domínio|remetente|mensagem|"
    "tamanho|conexão|espaço|redirecionamento smtp|retransmissão smtp|autenticação|anexo|política|"
    "tente novamente mais tarde|tentativas|taxa incomum|quantidade incomum|volume incomum|número incomum|"
    "muito rápido|taxa|velocidade|frequência|por conexão|muitas|caracteres|perdida|perdido|inexistente|"
    "desconhecido|não existe|nao existe|inválido|invalido|desativado|desativada|suspenso|bloqueado|"
    "bloqueada|cheia|cheio|excedida|superada|excedido|muito grande|recusado|rejeitado|não permitido|"
    "obrigatório|falhou|vírus|não encontrado|não encontrada|eliminado|completa|superado|ultrapassado|"
    "limite de armazenamento|maior do que|maior que|rejeitada|recusada|conexão recusada|erro interno|"
    "erro do sistema|lista|não corresponde|excede|anexos|erro interno do servidor|nesta lista|nessa lista|"
    "não é membro|não é de um membro|não membro|não faz parte da lista|não é assinante|"
    "somente assinantes podem|apenas assinantes podem|suas mensagens|rejeitar|rejeitando|tempo esgotado|"
    "endereço ip|criptografia|regra de acesso|regras de acesso|lista cinza|software malicioso|tempo limite|"
    "dns reverso|serviço indisponível|tente mais tarde|lista de emails|lista de e mails|plena|spam|"
    "talha",
    "nl": "ontvanger|gebruiker|adres|bericht|domein|afzender|geweigerd|geblokkeerd|onbekend|bestaat niet|"
    "overschreden|te groot|groter dan|afgewezen|ongewenste|verbinding geweigerd|interne fout|lijst|"
    "mailinglijst|geen bekende|overschrijdt|bijlage|bijlagen|interne serverfout|deze lijst|geen lid|"
    "alleen leden mogen|uw berichten|weigeren|verbinding|versleuteling|beleid|zwarte lijst|"
    "kwaadaardige software|te snel|te vaak|dienst niet beschikbaar|probeer het later opnieuw|niet gevonden|"
    "ongebruikelijk aantal|ongebruikelijke hoeveelheid|virus|spam|ip adres|mailinglist",
    "pl": "odbiorca|użytkownik|uzytkownik|skrzynka|konto odbiorcy|konto|adres|domena|nadawca|wiadomość|wiadomosc|"
    "rozmiar|połączenie|połączeń|miejsce|czarna lista|załącznik|polityka|nietypową liczbę|nietypowa liczba|"
    "nietypową ilość|zbyt wiele|znaki|znaków|nie istnieje|nieznany|nieprawidłowy|zablokowane|zablokowany|"
    "nieaktywne|pełna|pelna|przepełniona|przekroczony|za duża|za duży|odrzucony|odrzucona|odmowa|wiadomości|"
    "nie znaleziono|usunięte|zapełniona|przekroczona|przekroczono|większa niż|większy niż|odrzucone|wirus|"
    "zawirusowany|wirusa|wirusów|wirusem|wirusy|połączenie odrzucone|błąd wewnętrzny|lista|lista mailingowa|"
    "nie jest znaną|załączniki|wewnętrzny błąd serwera|wewnętrznego błędu serwera|tej listy|"
    "nie jest członkiem|twoje listy|twoje wiadomości|odrzucać|nie istnieją|nieprawidłowa|nieprawidłowe|"
    "nieznana|nieznane|nie został znaleziony|nie została znaleziona|zablokowana|nieaktywny|nieaktywna|"
    "usunięty|usunięta|wyłączone|wyłączona|pełny|przepełnione|przepełniony|przekracza|przekroczyła|"
    "przekroczył|za duże|zbyt duża|zbyt duży|zbyt duże|limit miejsca|odrzucono|zablokowano|odmówiono|spamu|"
    "domeny|domenie|adres ip|adresu ip|szyfrowanie|naruszenie zasad|naruszenie polityki|polityki|"
    "czarnej liście|szara lista|złośliwe oprogramowanie|uwierzytelnianie|uwierzytelniania|zbyt często|"
    "częstotliwość|limit czasu|odwrotny dns|odwrotnego dns|usługa niedostępna|spróbuj ponownie później|"
    "odbiorcy|użytkownika|uzytkownika|skrzynki|skrzynka pocztowa|skrzynki pocztowej|konta|nadawcy|"
    "nieistniejący|nieistniejące|kota|dominium|spam",
    "cs": "příjemce|uživatel|schránka|adresa|domena|odesílatel|zpráva|zamítnuto|odmítnuto|neexistuje|neznámý|"
    "plná|příliš velká|adresát|odesilatel|zprávu|velikost|nenalezen|nenalezena|neplatný|neplatná|"
    "neexistující|zablokován|zablokována|deaktivován|zrušen|plný|překročen|překročena|kvóta|kvota|"
    "příliš velký|příliš velké|větší než|velikost zprávy|odmítnuta|odmítnut|zamítnuta|nevyžádaná|"
    "vnitřní chyba|příloha|přílohy|priloh|prilohy|není členem|není v seznamu členů|"
    "pouze přihlášení uživatelé|příspěvky od vás|odmítnout|doména|domény|ip adresa|ip adresy|spojení|"
    "připojení|šifrování|politika|zásady|přístupovými právy|přístupová práva|černá listina|černé listině|"
    "škodlivý software|ověření|příliš často|příliš rychle|časový limit|služba není dostupná|"
    "zkuste to později|neobvyklé množství|neobvyklý počet|spam|virus|konto",
    "sk": "veľkosti|väčšia ako|prekročila|prekročil|prekročená|veľkosť|nie ste abonentom|nie ste členom|"
    "prístupových pravidiel|prístupové pravidlá|adresa|doména|politika|spam|vírus|kvóta",
    "sv": "mottagare|mottagaren|användare|brevlåda|avsändare|meddelande|meddelandet|storlek|okänd|finns inte|"
    "existerar inte|ogiltig|inaktiv|inaktiverad|avstängd|överfull|överskriden|överskridits|kvot|för stor|"
    "för stort|större än|avvisad|avvisat|nekad|nekat|skräppost|listan|e postlista|inte en känd|överskrider|"
    "bilaga|bilagor|internt serverfel|denna lista|inte medlem|endast prenumeranter får|dina meddelanden|"
    "tillåter inte|domän|domänen|ip adress|ip adressen|anslutning|anslutningar|kryptering|svartlista|"
    "svarta listan|autentisering|för snabbt|för ofta|tjänsten är inte tillgänglig|försök igen senare|"
    "ovanligt många|lista|adress|kontingent|konto|spam|virus",
    "hu": "címzett|felhasználó|postafiók|postaláda|feladó|üzenet|levél|méret|ismeretlen|nem létezik|"
    "érvénytelen|letiltva|felfüggesztve|megtelt|túllépte|túllépve|kvóta|túl nagy|nagyobb mint|elutasítva|"
    "elutasítottuk|letiltottuk|levélszemét|levelezőlista|listára|nem található|nincs|meghaladja|melléklet|"
    "mellékletek|belső szerverhiba|belső hiba|belső szerver hiba|lista számára|nem tagja|csak listatagok|"
    "tartomány|ip cím|ip címe|ip címről|kapcsolat|kapcsolatok|titkosítás|szabályzat|irányelv|irányelvek|"
    "feketelista|feketelistán|kártevő|kártékony|hitelesítés|túl gyakran|túl gyorsan|időtúllépés|"
    "a szolgáltatás nem érhető el|próbálja újra később|lista|spam|vírus",
    "tr": "alıcı|kullanıcı|posta kutusu|gönderen|ileti|mesaj|boyut|bilinmeyen|bulunamadı|geçersiz|mevcut değil|"
    "devre dışı|askıya alındı|dolu|aşıldı|aşıldi|kota|çok büyük|reddedildi|engellendi|istenmeyen|virüs|"
    "üye değil|alan adı|ip adresi|bağlantı|şifreleme|kara liste|kara listede|zararlı yazılım|"
    "kimlik doğrulama|çok hızlı|çok sık|zaman aşımı|hizmet kullanılamıyor|daha sonra tekrar deneyin|"
    "karakterler|karakter|e posta|posta|adres|spam",
    "fi": "postituslista|postituslistalle|postituslistan|et ole postituslistan tilaaja|et ole tilaaja|"
    "ei ole tilaaja|et ole jäsen|postitusoikeudet|koko|spam|virus",
    "et": "listi|meililist|meililisti|postiloend|kasutaja|kasutajat|saaja|postkast|postkasti|aadress|aadressi|"
    "saatja|kiri|kirja|sõnum|ei ole olemas|ei eksisteeri|tundmatu|ei ole listi|suurus|suuruse|ületab|ületas|"
    "ületatud|selle listi jaoks|selles listis|täis|beteta|tagasi lükatud|keelatud|viirus|viiruse|viirust|"
    "viirused|viirusega|viirusehoiatus|spam",
    "ro": "destinatar|adresa|spam|virus",
    "da": "adresse|liste|konto|spam|virus",
    "no": "adresse|liste|konto|spam|virus",
    "id": "spam|virus",
    "ja": "宛先|受信者|送信者|差出人|容量|認証|添付|無効|不明|満杯|凍結|停止|内容|大きすぎ",
    "zh": "容量|内容|停止",
    "en": "spam|virus|message|messages|ip|volume|mailinglist",
    "hr": "adresa|spam|virus",
    "sl": "spam|virus",
}

