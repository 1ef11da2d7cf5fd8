"""Round r67filez: words by meaning from the catalogues of network programs that are not mail programs (FileZilla,
libfilezilla, lftp, CUPS), language by language; each sentence is our own wording and must be read through a concept
rule, not a model guess."""

from __future__ import annotations

import pytest

from bouncelib import parse_reply

CASES = [
    ("Zustellung abgebrochen: Host nicht erreichbar", "networkerror", "concept:NETWORK"),
    ("Yhteys evättiin etäpalvelimen toimesta", "networkerror", "concept:CONNECTION+REFUSED"),
    ("Оверавање корисника није успело", "securityerror", "concept:SMTPAUTH+FAILED"),
    ("Nieudana próba połączenia z serwerem pocztowym", "networkerror", "concept:CONNECTION+FAILED"),
    ("Sunucu ile bağlantı kurulamıyor, daha sonra deneyin", "networkerror", "concept:NETWORK"),
    ("Orden desconocida recibida del cliente", "syntaxerror", "concept:SYNTAX"),
    ("Неизвестная команда в сеансе", "syntaxerror", "concept:SYNTAX"),
    ("不明なコマンドを受信しました", "syntaxerror", "concept:SYNTAX"),
    ("Невідома системна помилка на сервері", "systemerror", "concept:SYSTEM"),
    (
        "Vorübergehender Fehlschlag bei Namensauflösung des Zielservers", "networkerror",
        "concept:DNS_CALL+TRANSIENT_QUAL",
    ),
    ("Midlertidig fejl i navneopløsning for domænet", "networkerror", "concept:DNS_CALL+TRANSIENT_QUAL"),
    ("远程服务器的证书不被信任", "failedstarttls", "concept:TLSFAIL"),
    ("메시지 크기가 너무 큼", "mesgtoobig", "concept:SIZE+TOOBIG"),
    ("Ziņa par lielu šim saņēmējam", "mesgtoobig", "concept:MESSAGE+TOOBIG"),
    ("Достигнут предел количества соединений с вашего адреса", "toomanyconn", "concept:CONNECTION_COUNT+EXCEEDED"),
    ("メールボックスのクォータの制限に達しました", "mailboxfull", "concept:QUOTA+EXCEEDED"),
    ("Se ha alcanzado el límite de cuota del buzón", "mailboxfull", "concept:QUOTA+EXCEEDED"),
    ("Värden är inte tillgänglig just nu", "networkerror", "concept:NETWORK"),
    ("Връзката е отказана от отдалечения сървър", "networkerror", "concept:NETWORK"),
    ("החיבור נסגר על ידי השרת המרוחק", "networkerror", "concept:CONNECTION+LOST"),
    ("Methodd y dilysiad ar gyfer y cyfrif hwn", "securityerror", "concept:SMTPAUTH+FAILED"),
    ("كلمة مرور غير صحيحة للحساب", "securityerror", "concept:SMTPAUTH"),
    ("Կապը մերժված է սպասարկիչի կողմից", "networkerror", "concept:NETWORK"),
    ("A mensagem é muito comprida para este servidor", "mesgtoobig", "concept:MESSAGE+TOOBIG"),
    ("Prisijungimą nutraukė nuotolinis serveris", "networkerror", "concept:CONNECTION+LOST"),
    ("Nepodarilo sa: sieť nedostupná", "networkerror", "concept:NETWORK"),
    ("Zahl der Verbindungen hat die Grenze erreicht", "toomanyconn", "concept:CONNECTION_COUNT+EXCEEDED"),
    ("Tenaren avviste tilkoplinga frå klienten", "networkerror", "concept:CONNECTION+REFUSED"),
]


@pytest.mark.parametrize(("text", "reason", "rule"), CASES)
def test_read_through_the_concept_rule(text: str, reason: str, rule: str) -> None:
    reply = parse_reply(text)
    assert reply.rule == rule
    assert reply.reason == reason
