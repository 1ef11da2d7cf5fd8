"""Meanings written from the tuning misses of mail programs' translated errors (round r67mua: the tuning rows of
corpus/replies/real/r67-r67mua-catalogues.jsonl, Zimbra's web client ZMsg_XX.properties and Mailpile's
mailpile.po), each tested in wordings of our own; every case must be read by a concept rule, not by the model."""

from __future__ import annotations

import pytest
from rule_reading import by_rule as _by_rule

from bouncelib import Reason


@pytest.mark.parametrize("text", [
    "Hi ha hagut un error a la xarxa en enviar",  # ca
    "Fallo de envío: error en la red local",  # es
    "Envoi interrompu : erreur réseau",  # fr
    "Échec : erreur de réseau pendant l'envoi",  # fr
    "Küldés közben hálózati hiba lépett fel",  # hu
    "Invio fallito per un errore di rete",  # it
    "Falha no envio: erro de rede",  # pt
    "При отправке произошла ошибка сети",  # ru
    "Verzenden mislukt door een netwerkfout",  # nl
    "Sändningen avbröts av ett nätverksfel",  # sv
    "전송 중 네트워크 오류가 발생했습니다",  # ko
    "네트워크 에러로 전송하지 못했습니다",  # ko
    "发送时网络错误",  # zh
])
def test_a_network_error_is_networkerror(text: str) -> None:
    # RFC 3463 X.4.x network and routing status: the failure is named by the network it happened in.
    assert _by_rule(text) is Reason.NETWORKERROR


@pytest.mark.parametrize("text", [
    "S'ha esgotat el temps d'espera del servidor",  # ca
    "Error de temps d'espera amb el servidor",  # ca
    "Превышен лимит времени ожидания сервера",  # ru
    "Verzenden gestopt na een time-outfout",  # nl
])
def test_a_waiting_time_run_out_is_networkerror(text: str) -> None:
    # RFC 3463 X.4.7: the wait for the server ran out.
    assert _by_rule(text) is Reason.NETWORKERROR


@pytest.mark.parametrize("text", [
    "Le destinataire : il n'existe aucun utilisateur de ce nom",  # fr
    "A megadott fiók: nincs ilyen a rendszerben",  # hu: fiók
    "De ontvanger is op deze server niet aanwezig",  # nl
    "Mottagaren: det finns ingen sådan användare",  # sv
    "Ett sådant konto? Här finns inget sådant konto",  # sv
    "服务器上无此邮箱",  # zh
    "Ez a fiók nem létezik",  # hu: fiók, the account
    "Указанная учетная запись не существует",  # ru: учетная запись
    "요청한 계정이 없습니다",  # ko: no account
    "Получатель: нет такой учетной записи",  # ru
    "Такой учетной записи не существует",  # ru: учетной записи
    "В этой системе учетной записи нет",  # ru
])
def test_no_such_account_is_userunknown(text: str) -> None:
    # RFC 3463 X.1.1 bad destination mailbox address: the account named does not exist.
    assert _by_rule(text) is Reason.USERUNKNOWN


@pytest.mark.parametrize("text", [
    "A postafiók kvótáját elérte, a levél túllépte azt",  # hu: kvótáját ... túllépte
    "A címzett túllépte a kvótát",  # hu: kvótát
    "Uw mailquotum is overschreden",  # nl
    "Mottagarens e-postkvot är överskriden",  # sv: postkvot
    "Mottagaren har överskridit sin kvot",  # sv: överskridit
    "A quota da caixa foi ultrapassada",  # pt: ultrapassada
    "收件人的邮箱已超出限额",  # zh: 限额
])
def test_a_quota_gone_over_is_mailboxfull(text: str) -> None:
    # RFC 3463 X.2.2 mailbox full: the mailbox's quota is exceeded.
    assert _by_rule(text) is Reason.MAILBOXFULL


def test_the_size_gone_over_is_mesgtoobig() -> None:
    # RFC 3463 X.3.4 message too big for system (sv storleken, the size).
    assert _by_rule("Brevet överskrider storleken som servern tar emot") is Reason.MESGTOOBIG


@pytest.mark.parametrize("text", [
    "L'adreça del destinatari no és vàlida: no vàlida",  # ca
    "Destinatari no vàlid per a aquest domini",  # ca
    "Destinatari non validi nel messaggio",  # it: non validi
    "Indirizzo del destinatario: non valida",  # it: non valida
    "Envoi refusé : adresse du destinataire incorrecte",  # fr
    "Получатель отклонён: неверные данные адреса",  # ru: неверные
    "Mottagarens adress är ogiltiga tecken",  # sv: ogiltiga
    "수신자 주소가 잘못되어 전달할 수 없습니다",  # ko
    "Письмо не доставлено: эти адреса неверны",  # ru: адреса
    "Följande adresser finns inte",  # sv: adresser
])
def test_an_invalid_address_is_userunknown(text: str) -> None:
    # RFC 3463 X.1.1: the address refused as not valid.
    assert _by_rule(text) is Reason.USERUNKNOWN


@pytest.mark.parametrize("text", [
    "Le serveur est temporairement indisponible, réessayez",  # fr
    "De dienst is tijdelijk niet beschikbaar",  # nl
    "El servidor no està disponible temporalment",  # ca
    "Servidor temporalment no disponible",  # ca
])
def test_temporarily_unavailable_is_systemerror(text: str) -> None:
    # LABELING.md: "service (currently) unavailable" alone is systemerror.
    assert _by_rule(text) is Reason.SYSTEMERROR


@pytest.mark.parametrize("text", [
    "입력한 비밀번호가 맞지 않습니다",  # ko
    "Fjalëkalim i gabuar për llogarinë",  # sq
])
def test_a_wrong_password_is_securityerror(text: str) -> None:
    # RFC 4954 section 6 (535 5.7.8): the credentials were refused.
    assert _by_rule(text) is Reason.SECURITYERROR


@pytest.mark.parametrize("text", [
    "Serveris atmetė siuntėją be priežasties",  # lt
    "Dërgues i panjohur, u hodhi tej",  # sq: dërgues ... hodhi tej
    "Mesazhi u hedhur tej: dërgues i ndaluar",  # sq
])
def test_a_refused_sender_is_rejected(text: str) -> None:
    # RFC 3463 X.1.8 bad sender's system address: the sender was refused.
    assert _by_rule(text) is Reason.REJECTED


@pytest.mark.parametrize("text", [
    "Pošta: odbio primatelja bob@example.org",  # hr: odbio
    "Serveris atmetė gavėją bob@example.org",  # lt: atmetė, gavėją
    "Poslužitelj: odbijen primatelj bob@example.org",  # hr: odbijen
])
def test_a_refused_recipient_is_userunknown(text: str) -> None:
    # Sisimai's UserUnknown ("recipient address rejected"), the vague refusal of the address.
    assert _by_rule(text) is Reason.USERUNKNOWN


def test_a_failed_connection_is_networkerror() -> None:
    # RFC 3463 X.4.2 bad connection (sq "të lidhet", to connect).
    assert _by_rule("Klienti dështoi të lidhet me shërbyesin") is Reason.NETWORKERROR
