"""Round 75 (r75chat): why a web application's own notification mail could not be sent, as its translated error
messages say it (Trac's notification sender): the server's lack of TLS said as "does not support" in more languages
(`_R75_CHAT_WORDS`, read by TLS+UNAVAILABLE), and an operating-system "No such file or directory" given with its
error number (ERRNO+FILE_MISSING: a path missing on the reporting host, not the network).

Each sentence is our own wording of the meaning, not a corpus text; each is read by a concept rule (`by_concept`), so
a test fails when its word or rule is gone even if the model would guess the same reason.
"""

from __future__ import annotations

import pytest
from rule_reading import by_concept

from bouncelib import Reason, parse_reply

# The server said not to support TLS, in the languages of _R75_CHAT_WORDS.
NO_TLS = [
    "El servidor de correu no implementa TLS.",
    "Der Mailserver unterstützt kein TLS.",
    "Dieser Server unterstützt keine TLS-Verbindungen.",
    "Die Verbindung scheitert: TLS wird vom Server nicht unterstützt.",
    "Ο διακομιστής αλληλογραφίας δεν υποστηρίζει TLS.",
    "El servidor de correo no soporta TLS.",
    "O servidor de correo non soporta TLS.",
    "Sähköpostipalvelin ei tue TLS-salausta.",
    "Le serveur de messagerie ne gère pas TLS.",
    "Abbiamo provato TLS, ma il server non lo supporta.",
    "Serve la connessione TLS, ma il server non la supporta.",
    "Le serveur distant ne prend pas en charge TLS.",
    "TLS לא נתמך בשרת הדואר.",
    "Փոստի սերվերը չի ապահովում TLS։",
    "O servidor de e-mail não suporta TLS.",
    "Serverul de e-mail nu suportă TLS.",
    "Shërbyesi i postës nuk mbulon TLS.",
    "Posta sunucusu TLS desteklemiyor.",
    "Máy chủ thư không hỗ trợ TLS.",
]


@pytest.mark.parametrize("text", NO_TLS)
def test_server_without_tls(text: str) -> None:
    assert by_concept(text) == Reason.FAILEDSTARTTLS


# An error number with strerror(ENOENT): a file or program missing on the host that reports it.
MISSING_PATH = [
    "The notice was not sent ([Errno 2] No such file or directory: '/usr/lib/sendmail').",
    "Mail-Versand abgebrochen: errno 2, No such file or directory",
]


@pytest.mark.parametrize("text", MISSING_PATH)
def test_missing_path_with_error_number(text: str) -> None:
    assert by_concept(text) == Reason.SYSTEMERROR
    assert parse_reply(text).rule == "concept:ERRNO+FILE_MISSING"
