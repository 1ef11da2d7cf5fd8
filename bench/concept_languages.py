"""Which of a fixed list of languages each concept of the classifier has words in.

    python bench/concept_languages.py               # the concept x language matrix
    python bench/concept_languages.py --missing     # per concept, the languages it has no word in
    python bench/concept_languages.py --unknown     # terms this script cannot give a language

The languages are fixed by a rule, not chosen from any data: the EU's 24 official languages, the
ten most used languages of the web (English, Chinese, Spanish, Arabic, Portuguese,
Indonesian/Malay, French, Japanese, Russian, German: one column "id" for Indonesian and Malay,
which share their words of mail), and Korean, Turkish, Ukrainian, Vietnamese and Norwegian.

A term's languages, in this order (the first that says anything):

1. its tag in the data: terms written in a language's own block of ``bouncelib/_data/concepts.py``
   (``_in("uk", "RCPT", ...)``) are recorded in ``TERM_LANGUAGES``;
2. the table ``BEFORE_TAGS`` below: the words of other languages written before the tags
   existed, each with the languages it is a word of (``lista`` is Spanish, Italian, Portuguese,
   Polish, Swedish and Hungarian for "list");
3. its script: Cyrillic is Ukrainian when it has one of "іїєґ", else Russian; Greek is Greek;
   Hangul Korean; kana Japanese; Han characters alone Chinese; Arabic letters Arabic;
4. English for a term of ASCII letters (the technical words, "rcpt", "helo", are English);
5. none: ``--unknown`` lists them, to be tagged.

New words are tagged where they are written (rule 1): ``BEFORE_TAGS`` is not extended.
Only the concepts some rule (``RULES``, ``FALLBACK_RULES``) uses are shown.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bouncelib._data.concepts import FALLBACK_RULES, RULES, TERM_LANGUAGES, TERMS, Term  # noqa: E402

EU = ("bg", "hr", "cs", "da", "nl", "en", "et", "fi", "fr", "de", "el", "hu", "ga", "it", "lv", "lt", "mt", "pl",
      "pt", "ro", "sk", "sl", "es", "sv")
WEB = ("en", "zh", "es", "ar", "pt", "id", "fr", "ja", "ru", "de")
MORE = ("ko", "tr", "uk", "vi", "no")
LANGUAGES: tuple[str, ...] = tuple(dict.fromkeys((*EU, *WEB, *MORE)))
# Codes counted in another column: Malay with Indonesian, Bokmål and Nynorsk as Norwegian.
COLUMN: dict[str, str] = {"ms": "id", "nb": "no", "nn": "no"}

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

_CYRILLIC = re.compile("[\u0400-\u04ff]")
_UKRAINIAN = re.compile("[іїєґ]")
_GREEK = re.compile("[\u0370-\u03ff]")
_HANGUL = re.compile("[\uac00-\ud7a3]")
_KANA = re.compile("[\u3040-\u30ff]")
_HAN = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_ARABIC = re.compile("[\u0600-\u06ff]")


def _before_tags() -> dict[str, set[str]]:
    table: dict[str, set[str]] = {}
    for language, words in BEFORE_TAGS.items():
        for w in words.split("|"):
            table.setdefault(w, set()).add(language)
    return table


_TABLE = _before_tags()


def languages_of(term: Term) -> set[str]:
    """The languages a term is a word of (see the module's docstring for the order of the rules)."""
    if term in TERM_LANGUAGES:
        return set(TERM_LANGUAGES[term])
    plain = term.words.replace(" ", "")
    if term.words in _TABLE or plain in _TABLE:
        return _TABLE.get(term.words, set()) | _TABLE.get(plain, set())
    if _CYRILLIC.search(term.words):
        return {"uk"} if _UKRAINIAN.search(term.words) else {"ru"}
    for script, language in ((_GREEK, "el"), (_HANGUL, "ko"), (_KANA, "ja"), (_HAN, "zh"), (_ARABIC, "ar")):
        if script.search(term.words):
            return {language}
    return {"en"} if term.words.isascii() else set()


def used_concepts() -> list[str]:
    used: dict[str, None] = {}
    for rule in (*RULES, *FALLBACK_RULES):
        used[rule.subject] = None
        if rule.predicate:
            used[rule.predicate] = None
    return list(used)


def matrix() -> dict[str, dict[str, int]]:
    """concept -> language -> how many terms of that language name it."""
    counts: dict[str, dict[str, int]] = {c: dict.fromkeys(LANGUAGES, 0) for c in used_concepts()}
    for term in TERMS:
        if term.concept not in counts:
            continue
        for language in {COLUMN.get(code, code) for code in languages_of(term)}:
            if language in counts[term.concept]:
                counts[term.concept][language] += 1
    return counts


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--missing", action="store_true", help="per concept, the languages without a term")
    ap.add_argument("--unknown", action="store_true", help="terms no rule gives a language")
    args = ap.parse_args()
    if args.unknown:
        for term in TERMS:
            if not languages_of(term):
                print(f"{term.concept:18} {term.words}")
        return
    table = matrix()
    if args.missing:
        for concept, row in table.items():
            missing = [lang for lang in LANGUAGES if not row[lang]]
            print(f"{concept:18} {len(LANGUAGES) - len(missing):2}/{len(LANGUAGES)}  missing: {' '.join(missing)}")
        return
    print(f"{'':18} " + " ".join(f"{lang:>2}" for lang in LANGUAGES) + "  all")
    for concept, row in table.items():
        cells = " ".join(" +" if row[lang] else " ." for lang in LANGUAGES)
        print(f"{concept:18} {cells}  {sum(1 for lang in LANGUAGES if row[lang]):2}")
    per_language = {lang: sum(1 for row in table.values() if row[lang]) for lang in LANGUAGES}
    print(f"{'concepts':18} " + " ".join(f"{per_language[lang]:>2}" for lang in LANGUAGES))


if __name__ == "__main__":
    main()
