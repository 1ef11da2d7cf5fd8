"""Meanings written from the tuning misses of SMTP client catalogues in Punjabi, Kannada, Nepali, Assamese,
Gujarati, Malayalam, Odia, Persian, Azerbaijani, Afrikaans, Irish, Welsh, Scottish Gaelic, Uzbek and Icelandic
(round r62lang: the tuning rows of corpus/replies/real/r62-r62lang-catalogues.jsonl, Evolution Data Server, GNOME
Online Accounts, kmailtransport, Thunderbird and Roundcube), each tested in wordings of our own and through a rule,
not the model's guess."""

from __future__ import annotations

import pytest
from rule_reading import by_rule as _by_rule

from bouncelib import Reason


@pytest.mark.parametrize("text", [
    "এই মেইলবাকচ উপলব্ধ নহয়",  # as: this mailbox is not available
    "ನಿಮ್ಮ ಅಂಚೆಪೆಟ್ಟಿಗೆ ಲಭ್ಯವಿಲ್ಲ",  # kn: your mailbox is not available
    "ਪ੍ਰਾਪਤਕਰਤਾ ਦਾ mailbox ਉਪਲੱਬਧ ਨਹੀਂ ਹੈ",  # pa: the recipient's mailbox is not available
    "ಈ ಸ್ವೀಕರಿಸುವವರು ಸರಿಯಾಗಿಲ್ಲ",  # kn: these recipients are not correct
    "ਇਹ ਪ੍ਰਾਪਤ-ਕਰਤਾ ਗਲਤ ਹੈ",  # pa: this recipient is wrong
    "यो अवैध प्रापक हो",  # ne: this is an invalid recipient
    "এই গ্ৰাহক বৈধ নহয়",  # as: this recipient is not valid
    "این گیرنده‌ها معتبر نیست",  # fa: these recipients are not valid
    "səhv alıcı göstərilib",  # az: a wrong recipient was given
])
def test_a_mailbox_not_available_or_an_invalid_recipient_is_an_unknown_user(text: str) -> None:
    # RFC 5321 550 mailbox unavailable; LABELING's bare "Invalid recipient".
    assert _by_rule(text) is Reason.USERUNKNOWN


@pytest.mark.parametrize("text", [
    "ਮਾਫ ਕਰਨਾ, ਸੇਵਾ ਉਪਲੱਬਧ ਨਹੀਂ",  # pa: sorry, the service is not available
    "ಈಗ ಸೇವೆಯು ಲಭ್ಯವಿಲ್ಲ",  # kn: the service is not available now
    "এতিয়া সেৱা উপলব্ধ নাই",  # as
    "હાલમાં સેવા ઉપલબ્ધ નથી",  # gu
    "ഇപ്പോൾ സേവനം ലഭ്യമല്ല",  # ml
    "ବର୍ତ୍ତମାନ ସେବା ଉପଲବ୍ଧ ନାହିଁ",  # or
    "فعلاً خدمت در دسترس نیست",  # fa
    "Die diens nie beskikbaar nie, probeer later",  # af
    "Níl an tseirbhís ar fáil faoi láthair",  # ga
])
def test_the_service_not_available_is_a_system_error(text: str) -> None:
    # RFC 5321 421 service not available: nothing names the sender, the recipient or the message.
    assert _by_rule(text) is Reason.SYSTEMERROR


@pytest.mark.parametrize("text", [
    "ਸਰਵਰ ਉੱਤੇ ਪ੍ਰਮਾਣਕਿਤਾ ਲੋੜੀਦੀ ਹੈ",  # pa: authentication is needed on the server
    "ਕਿਰਪਾ ਕਰਕੇ ਯੂਜ਼ਰ ਨਾਂ ਅਤੇ ਪਾਸਵਰਡ ਦਿਓ",  # pa: please give a user name and password
    "ಕಳುಹಿಸಲು ದೃಢೀಕರಣ ಅಗತ್ಯವಿದೆ",  # kn: authentication is needed to send
    "ಸರ್ವರ್ ದೃಢೀಕರಣ ಅಗತ್ಯವಿದೆ",  # kn
    "অজ্ঞাত প্ৰমাণীকৰণ ধৰণ",  # as: an unknown kind of authentication
    "અજ્ઞાત સત્તાધિકરણ રીત",  # gu: an unknown authentication way
    "ആധികാരികത ഉറപ്പാക്കൽ വീണ്ടും പരാജയപ്പെട്ടു",  # ml: authentication failed again
    "ସର୍ଭରରେ ବୈଧିକରଣ ବିଫଳ ହେଲା",  # or: authentication failed on the server
    "تأیید هویت روی کارساز شکست خورد",  # fa
    "Theip ar fhíordheimhniú leis an bhfreastalaí",  # ga
    "Methu dilysu gyda'r gweinydd post",  # cy
    "Dh'fhàillig an dearbhadh air an fhrithealaiche",  # gd
    "Foydalanuvchi haqiqiyligi tasdiqlanmadi",  # uz: the user's authenticity was not confirmed
])
def test_authentication_required_unknown_or_failed_is_a_security_error(text: str) -> None:
    # RFC 4954 section 6 (530 authentication required; 504 unrecognised mechanism; 535 credentials invalid).
    assert _by_rule(text) is Reason.SECURITYERROR


@pytest.mark.parametrize("text", [
    "ਇਸ ਸਰਵਰ ਲਈ ਇਕ੍ਰਿਪਸ਼ਨ ਲੋੜੀਦੀ ਹੈ",  # pa: encryption is needed for this server
    "এই চাৰ্ভাৰত এনক্ৰিপশন আৱশ্যক",  # as
    "यो सर्भरमा गुप्तीकरण आवश्यक छ",  # ne
    "આ સર્વર પર TLS ઉપલબ્ધ નથી",  # gu: TLS is not available on this server
    "روی این کارساز TLS در دسترس نیست",  # fa
    "TLS is tans nie beskikbaar nie",  # af
    "ଏହି ସର୍ଭରରେ TLS ଉପଲବ୍ଧ ନାହିଁ",  # or
    "ഈ സെർവറിൽ TLS ലഭ്യമല്ല",  # ml
])
def test_encryption_required_or_tls_not_available_is_failedstarttls(text: str) -> None:
    # RFC 3207 section 4 (454 TLS not available); RFC 4954 section 4 (538 encryption required).
    assert _by_rule(text) is Reason.FAILEDSTARTTLS


@pytest.mark.parametrize("text", [
    "ಈ ಬಳಕೆದಾರರ ನಿಗದಿತ ಶೇಖರಣೆ ಮೀರಿದೆ",  # kn: this user's allotted storage is exceeded
    "গ্ৰাহকৰ সংগ্ৰহস্থল আবন্টন অতিক্ৰম কৰিছে",  # as: the recipient's storage allotment is gone past
])
def test_the_storage_allotment_run_over_is_mailboxfull(text: str) -> None:
    # RFC 5321 552 exceeded storage allocation; RFC 3463 X.2.2 mailbox full.
    assert _by_rule(text) is Reason.MAILBOXFULL


@pytest.mark.parametrize("text", [
    "ਇਸ ਵੇਲੇ ਸਿਸਟਮ ਥਾਂ ਉਪਲੱਬਧ ਨਹੀਂ",  # pa: no system space available at this time
    "ಸರ್ವರಿನಲ್ಲಿ ಸಾಕಷ್ಟು ಶೇಖರಣಾ ಸ್ಥಳವಿಲ್ಲ",  # kn: not enough storage room on the server
    "सर्भरमा अपर्याप्त प्रणाली भण्डारण",  # ne: insufficient system storage on the server
    "চাৰ্ভাৰত পৰ্যাপ্ত স্থান অনুপস্থিত",  # as: enough room is missing on the server
])
def test_the_system_storage_short_is_systemfull(text: str) -> None:
    # RFC 5321 452 insufficient system storage; RFC 3463 X.3.1 mail system full.
    assert _by_rule(text) is Reason.SYSTEMFULL


@pytest.mark.parametrize("text", [
    "ಅಂಚೆಪೆಟ್ಟಿಗೆಯ ಹೆಸರಿಗೆ ಅನುಮತಿ ಇಲ್ಲ",  # kn: the mailbox's name is not permitted
    "এই মেইলবাকচৰ নাম গ্ৰহণযোগ্য নহয়",  # as: this mailbox's name is not acceptable
    "Nid oedd yn bosib darllen y rhestr o dderbynwyr hon",  # cy: this list of recipients could not be read
    "Mistókst að þátta lista yfir viðtakendur í bréfinu",  # is: the list of recipients in the letter not parsed
    "Qabul qiluvchilar ro‘yxatini qayta ishlash amalga oshirilmadi, tekshiring",  # uz
    "ਇਸ ਸੁਨੇਹੇ ਲਈ ਕੋਈ ਪ੍ਰਾਪਤ ਕਰਤਾ ਨਹੀਂ",  # pa: no recipient for this message
    "ಈ ಸಂದೇಶಕ್ಕೆ ಸ್ವೀಕರಿಸುವವರನ್ನು ಸೂಚಿಸಿಲ್ಲ",  # kn: no recipients were given for this message
    "यस सन्देशमा प्रापकहरू परिभाषित छैनन्",  # ne
    "গ্ৰাহক উল্লিখিত হোৱা নাই, বাৰ্তা পঠিওৱা নহ'ল",  # as
    "برای این پیام گیرنده‌ای معین نشده است",  # fa
    "Məktub üçün alıcı bildirilməyib",  # az
])
def test_a_mailbox_name_not_allowed_a_list_unread_or_no_recipient_is_a_syntax_error(text: str) -> None:
    # RFC 5321 553 mailbox name not allowed (X.1.3); RFC 5321 section 3.3 (DATA follows an accepted RCPT).
    assert _by_rule(text) is Reason.SYNTAXERROR


@pytest.mark.parametrize("text", [
    "ਮੇਲ ਸਰਵਰ ਨਾਲ ਕੁਨੈਕਟ ਕਰਨ ਦੌਰਾਨ ਗਲਤੀ ਆਈ",  # pa: an error came while connecting to the mail server
    "મેઈલ સર્વરને જોડતી વખતે ભૂલ આવી",  # gu
    "मेल सर्भर जडानमा त्रुटि भयो",  # ne
    "চাৰ্ভাৰৰ সৈতে সংযোগ কৰোতে ত্ৰুটি হ'ল",  # as
    "ସଂଯୋଗ କରିବା ସମୟରେ ତ୍ରୁଟି ଘଟିଲା",  # or
    "Fout met die koppeling aan die posbediener",  # af
    "Earráid agus ag ceangal leis an bhfreastalaí poist",  # ga
    "Methwyd cysylltu â'r gweinydd post",  # cy: connecting to the mail server failed
    "Mae'r cysylltiad wedi ei golli",  # cy: the connection has been lost
    "Pochta serveriga ulana olmadi",  # uz: could not connect to the mail server
    "Serverga ulanish muvaffaqiyatsiz tugadi",  # uz: the connection to the server ended unsuccessfully
    "Ulanish vaqti o‘tib ketdi",  # uz: the connection's time ran out
    "Dh'fhalbh an ùine air a' cheangal",  # gd: the time ran out on the connection
])
def test_a_connection_failed_lost_or_timed_out_is_a_network_error(text: str) -> None:
    # RFC 3463 X.4.2 bad connection; a connection that failed on this attempt.
    assert _by_rule(text) is Reason.NETWORKERROR


@pytest.mark.parametrize("text", [
    "ਭੇਜਣ ਵਾਲੇ ਦਾ ਪਤਾ ਜਾਇਜ ਨਹੀਂ",  # pa: the sender's address is not valid
    "ಕಳುಹಿಸುವವರ ವಿಳಾಸ ಮಾನ್ಯವಾದುದಾಗಿಲ್ಲ",  # kn
    "पठाउनेको इमेल अवैध छ",  # ne
    "প্ৰেৰকৰ ঠিকনা বৈধ নহয়",  # as
    "نشانی فرستنده معتبر نیست",  # fa
    "göndərənin ünvanı səhvdir",  # az
])
def test_a_sender_address_not_valid_is_rejected(text: str) -> None:
    # LABELING: "550 Invalid sender address" is the sender refused, not a syntax error.
    assert _by_rule(text) is Reason.REJECTED


@pytest.mark.parametrize("text", [
    "Mae maint y neges yn fwy na'r terfyn",  # cy: the message's size is larger than the limit
    "Stærð skilaboða er yfir takmörkum",  # is: the message's size is over the limits
])
def test_a_message_over_the_size_allowed_is_mesgtoobig(text: str) -> None:
    # RFC 3463 X.3.4 message too big for system.
    assert _by_rule(text) is Reason.MESGTOOBIG
