"""Meanings written from the tuning misses of a mail program's translated errors (round r68zim: the tuning rows of
corpus/replies/real/r68-r68zim-catalogues.jsonl, Zimbra's web client ZMsg_XX.properties in eu ms sl ar hi), each
tested in wordings of our own; every case must be read by a concept rule, not by the model."""

from __future__ import annotations

import pytest
from rule_reading import by_concept as _by_rule

from bouncelib import Reason


@pytest.mark.parametrize("text", [
    "Bidaltzean arazo bat gertatu da sarean",  # eu: a problem happened in the network while sending
    "Penghantaran gagal kerana ralat rangkaian",  # ms: sending failed because of a network error
    "Pošiljanje je prekinila omrežna napaka",  # sl: a network error interrupted the sending
    "تم إيقاف الإرسال بسبب خطأ في الشبكة",  # ar: sending stopped because of an error in the network
    "भेजते समय नेटवर्क त्रुटि",  # hi: network error while sending
    "सर्वर से कनेक्ट नहीं कर सका",  # hi: could not connect to the server
])
def test_a_network_failure_is_networkerror(text: str) -> None:
    # RFC 3463 X.4.x network and routing status: the failure named by the network it happened in.
    assert _by_rule(text) is Reason.NETWORKERROR


def test_a_network_failure_written_with_a_zero_width_joiner_is_the_same_words() -> None:
    # A zero-width joiner after a halant only changes how the conjunct is drawn: the words are the same.
    assert _by_rule("सर्वर से कनेक्\u200dट नहीं कर सका") is Reason.NETWORKERROR


@pytest.mark.parametrize("text", [
    "Zerbitzariak ez du erantzun itxarote denboran",  # eu: the server did not answer within the waiting time
    "Menunggu jawapan pelayan: masa tamat",  # ms: waiting for the server's answer: time ended
    "Čakanje na odgovor: iztek časovne omejitve",  # sl: waiting for the answer: the time limit ran out
    "خطأ مهلة أثناء الإرسال",  # ar: a timeout error while sending
])
def test_a_timeout_is_networkerror(text: str) -> None:
    # RFC 3463 X.4.7: the waiting time ran out.
    assert _by_rule(text) is Reason.NETWORKERROR


@pytest.mark.parametrize("text", [
    "Posta zerbitzua ez dago erabilgarri une batez",  # eu: the mail service is not available for a while
    "Pelayan mel tidak tersedia buat sementara waktu",  # ms: the mail server is not available for the time being
    "Poštni strežnik začasno ni na voljo",  # sl: the mail server is temporarily not available
])
def test_a_service_out_of_order_for_now_is_systemerror(text: str) -> None:
    # RFC 3463 X.3.0 / X.4.x: the service's own state, for now.
    assert _by_rule(text) is Reason.SYSTEMERROR


@pytest.mark.parametrize("text", [
    "Hartzailearen kontu hori ez da existitzen",  # eu: that account of the recipient does not exist
    "لا يوجد حساب بهذا الاسم",  # ar: there is no account by that name
    "प्राप्तकर्ता का अकाउंट मौजूद नहीं है",  # hi: the recipient's account does not exist
])
def test_no_such_account_is_userunknown(text: str) -> None:
    # RFC 3463 X.1.1 bad destination mailbox address.
    assert _by_rule(text) is Reason.USERUNKNOWN


@pytest.mark.parametrize("text", [
    "Prejemnik je prekoračil količinsko omejitev",  # sl: the recipient exceeded the quota
    "تجاوزت حصة صندوق البريد",  # ar: it exceeded the mailbox quota
])
def test_a_quota_gone_over_is_mailboxfull(text: str) -> None:
    # RFC 3463 X.2.2 mailbox full.
    assert _by_rule(text) is Reason.MAILBOXFULL


@pytest.mark.parametrize("text", [
    "المرفق تجاوزت الحد المسموح للحجم",  # ar: the attachment exceeded the limit allowed for the size
    "संदेश का आकार सीमा को पार कर गया",  # hi: the message's size went beyond the limit
])
def test_a_size_gone_over_is_mesgtoobig(text: str) -> None:
    # RFC 3463 X.3.4 message too big for system.
    assert _by_rule(text) is Reason.MESGTOOBIG


@pytest.mark.parametrize("text", [
    "Tidak dapat menghantar e-mel kerana alamat tidak sah",  # ms: cannot send the mail because the address is invalid
    "Pošte ni mogoče dostaviti zaradi neveljavnega naslova",  # sl: the mail cannot be delivered: invalid address
    "تعذر التسليم إلى عنوان غير صالح",  # ar: delivery to an invalid address was not possible
])
def test_a_sending_refused_for_an_invalid_address_is_userunknown(text: str) -> None:
    # corpus/LABELING.md "Invalid (e-mail) address": a sending said failed for it is the mailbox refused.
    assert _by_rule(text) is Reason.USERUNKNOWN


@pytest.mark.parametrize("text", [
    "Neveljavnega naslova ne sprejmemo",  # sl: we do not accept an invalid address (nothing sent)
    "عنوان غير صالح",  # ar: an invalid address, and nothing more
])
def test_an_address_said_invalid_and_nothing_more_is_syntaxerror(text: str) -> None:
    # corpus/LABELING.md "Invalid (e-mail) address": the address as written judged.
    assert _by_rule(text) is Reason.SYNTAXERROR


@pytest.mark.parametrize("text", [
    "傳送時發生網路錯誤",  # zh (Taiwan): a network error happened while sending
    "郵件因網絡錯誤而退回",  # zh (Hong Kong): the mail came back because of a network error
    "השליחה נכשלה בגלל שגיאת רשת",  # he: the sending failed because of a network error
    "Não foi possível conetar ao servidor de correio",  # pt (Portugal): could not connect to the mail server
])
def test_a_network_failure_in_the_second_part_is_networkerror(text: str) -> None:
    # RFC 3463 X.4.x network and routing status.
    assert _by_rule(text) is Reason.NETWORKERROR


def test_a_timeout_in_hebrew_is_networkerror() -> None:
    # RFC 3463 X.4.7: the allotted time ran out waiting for the server.
    assert _by_rule("השרת לא ענה בתוך הזמן הקצוב") is Reason.NETWORKERROR


def test_a_service_out_of_order_for_now_in_hebrew_is_systemerror() -> None:
    # RFC 3463 X.3.0: the service's own state, for now.
    assert _by_rule("שרת הדואר לא זמין באופן זמני") is Reason.SYSTEMERROR


@pytest.mark.parametrize("text", [
    "收件者無此帳戶",  # zh (Taiwan): the recipient has no such account
    "חשבון הדואר לא קיים",  # he: the mail account does not exist
])
def test_no_such_account_in_the_second_part_is_userunknown(text: str) -> None:
    # RFC 3463 X.1.1 bad destination mailbox address.
    assert _by_rule(text) is Reason.USERUNKNOWN


def test_a_mail_limit_gone_over_in_hebrew_is_mailboxfull() -> None:
    # RFC 3463 X.2.2: the recipient went over the mail limit.
    assert _by_rule("הנמען חרג ממגבלת הדואר") is Reason.MAILBOXFULL


def test_a_size_gone_over_in_hebrew_is_mesgtoobig() -> None:
    # RFC 3463 X.3.4 message too big for system.
    assert _by_rule("הקובץ המצורף חורג מהגודל שנקבע") is Reason.MESGTOOBIG


@pytest.mark.parametrize("text", [
    "郵件不能投遞，位址無效",  # zh (Taiwan): the mail cannot be delivered, the address is invalid
    "לא ניתן למסור: כתובות לא חוקיות",  # he: cannot deliver: invalid addresses
])
def test_a_delivery_refused_for_invalid_addresses_is_userunknown(text: str) -> None:
    # corpus/LABELING.md "Invalid (e-mail) address": a delivery said failed for it is the mailbox refused.
    assert _by_rule(text) is Reason.USERUNKNOWN
