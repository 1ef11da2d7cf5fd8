"""Round r72disc2 (issue 10): why an application refused a mail sent to it, read by meaning in more languages.

The concepts and rules existed (OWN_FAULT; SENDER+UNKNOWN with "sent from an address" as the sender; YOUR_ACCOUNT
with NOT_ACTIVATED or SILENCED; READER_REFUSED); `_R72_DISC2_WORDS` gives them the words of Czech, Finnish,
Chinese, Turkish, Ukrainian, Catalan, Spanish and Korean, found in the tuning mails of corpus/wild (Discourse's
reply-by-email refusals). The sentences below are our own, not a catalogue's: each fails without the block.
"""

from __future__ import annotations

import pytest
from rule_reading import by_concept, by_rule

from bouncelib import Reason

# An error the program could not name or recognise: its own fault.
UNNAMED_ERROR = (
    "服务器报告了无法识别的错误。",
    "Sunucuda tanınmayan bir hata meydana geldi.",
    "На сервері сталася невідома помилка.",
    "El servidor ha tornat un error no reconegut.",
    "서버에서 알 수 없는 오류가 났습니다.",
    "Nastala neznámá chyba.",
)

# A mail sent from an address the application does not know: the sender is refused, not a recipient unknown.
FROM_UNKNOWN_ADDRESS = (
    "Zpráva byla odeslána z neznámé adresy.",
    "Повідомлення надіслано з невідомої адреси.",
    "此邮件发送自未知地址。",
    "Viesti tuli tuntemattomasta sähköpostiosoitteesta.",
    "Mesaj bilinmeyen bir e-posta adresinden geldi.",
    "El correu s'ha enviat des d'una adreça de correu desconeguda.",
    "알 수 없는 이메일 주소를 사용하여 보낸 메일입니다.",
)

# The sender's own account not activated yet, or barred from posting: the sender may not post.
ACCOUNT_NOT_ALLOWED = (
    "Váš účet zatím není aktivován.",
    "Váš účet je ztišen.",
    "Tilisi ei ole aktivoitu, joten viestiä ei julkaistu.",
    "Tilisi on hiljennetty.",
    "您的帐户尚未激活。",
    "您的账户已被禁言。",
    "Hesabınız henüz etkinleştirilmemiş.",
    "Hesabınız susturuldu.",
    "Ваш обліковий запис ще не активовано.",
    "El vostre compte no està activat.",
    "El vostre compte ha estat silenciat.",
    "Tu cuenta todavía no ha sido activada.",
    "연결된 계정이 아직 활성화되지 않았습니다.",
)


@pytest.mark.parametrize("text", UNNAMED_ERROR)
def test_an_unrecognised_error_is_the_programs_own_fault(text: str) -> None:
    assert by_concept(text) is Reason.SYSTEMERROR


@pytest.mark.parametrize("text", FROM_UNKNOWN_ADDRESS)
def test_a_mail_from_an_unknown_address_is_its_sender_refused(text: str) -> None:
    assert by_concept(text) is Reason.REJECTED


@pytest.mark.parametrize("text", ACCOUNT_NOT_ALLOWED)
def test_the_senders_account_not_activated_or_silenced_is_refused(text: str) -> None:
    assert by_concept(text) is Reason.REJECTED

# A reader without the right or trust level to post or reply where it wrote: the sender refused.
NO_RIGHT_TO_POST = (
    "抱歉，您没有权限回复这个帖子。",
    "Bu foruma yanıt verme izniniz yok.",
    "Kullanıcı gerekli güven seviyesine sahip değil.",
    "Ви не маєте прав відповідати на це повідомлення.",
    "No teniu permisos per a respondre en aquest fòrum.",
    "이 게시판에 게시할 권한이 없습니다.",
    "Uživatel nemá požadovanou úroveň důvěry.",
)


@pytest.mark.parametrize("text", NO_RIGHT_TO_POST)
def test_no_right_to_post_or_reply_is_the_sender_refused(text: str) -> None:
    assert by_rule(text) is Reason.REJECTED
