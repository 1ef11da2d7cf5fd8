"""Meanings written from the tuning misses of SMTP client catalogues in Hindi, Bengali, Marathi, Tamil, Telugu,
Georgian and Belarusian (round r61lang1: the tuning rows of corpus/replies/real/r61-r61lang1-catalogues.jsonl,
GNOME Online Accounts, Evolution, KSMTP and Roundcube), each tested in wordings of our own."""

from __future__ import annotations

import pytest

from bouncelib import Reason, parse_reply
from bouncelib._classify._concepts import concept_terms


@pytest.mark.parametrize("text", [
    "प्राप्तकर्ता की मेलपेटी अनुपलब्ध है",  # hi: the recipient's mailbox is unavailable
    "इस मेलबॉक्स अनुपलब्ध",  # hi
    "இந்த மின்னஞ்சல் பெட்டி கிடைக்கவில்லை",  # ta
    "ఈ తపాలాపేటిక అందుబాటులోలేదు",  # te
    "ეს საფოსტო ყუთი მიუწვდომელია",  # ka
    "প্রাপকের মেইল বাক্স বিদ্যমান নয়",  # bn: does not exist
])
def test_a_mailbox_unavailable_or_missing_is_an_unknown_user(text: str) -> None:
    # RFC 5321 550 mailbox unavailable; RFC 3463 X.1.1 bad destination mailbox address.
    assert parse_reply(text).reason is Reason.USERUNKNOWN


@pytest.mark.parametrize("text", [
    "सेवा उपलब्ध नहीं है, बाद में प्रयास करें",  # hi: service not available
    "এই মুহূর্তে পরিষেবা উপলব্ধ নয়",  # bn
    "सध्या सुविधा उपलब्ध नाही",  # mr
    "ప్రస్తుతం సేవ అందుబాటులో లేదు",  # te
    "ამჟამად სერვისი ხელმიუწვდომელია",  # ka
    "Паслуга недаступна зараз",  # be
    "மன்னிக்கவும், சேவை இல்லை",  # ta: no service
])
def test_the_service_not_available_is_a_system_error(text: str) -> None:
    # RFC 5321 421 service not available: nothing names the sender, the recipient or the message.
    assert parse_reply(text).reason is Reason.SYSTEMERROR


@pytest.mark.parametrize("text", [
    "सर्वर पर प्रमाणीकरण आवश्यक है",  # hi: authentication required
    "সার্ভারে প্রমাণীকরণ আবশ্যক",  # bn
    "पाठवण्यासाठी अधिप्रमाणन आवश्यक",  # mr
    "పంపడానికి ధృవీకరణ అవసరం",  # te
    "தெரியாத அங்கீகார வகை",  # ta: unknown authentication kind
    "ავთენტიკაციის მეთოდი უცნობი",  # ka
    "Невядомы спосаб ідэнтыфікацыі",  # be
    "कोई प्रमाणीकरण तरीका नहीं मिला",  # hi: no authentication way found
])
def test_authentication_required_or_unknown_is_a_security_error(text: str) -> None:
    # RFC 4954 section 6 (530 authentication required; 504 unrecognised mechanism).
    assert parse_reply(text).reason is Reason.SECURITYERROR


@pytest.mark.parametrize("text", [
    "इस सर्वर पर गोपन आवश्यक है",  # hi: encryption required
    "এনক্রিপশন আবশ্যক",  # bn
    "குறிமுறையாக்கம் தேவை",  # ta
    "ఎన్క్రిప్షన్ అవసరం",  # te
    "TLS зараз недаступны",  # be: TLS not available
    "TLS ამ სერვერზე მიუწვდომელია",  # ka
    "सर्वर पर TLS अनुपलब्ध है",  # hi
])
def test_encryption_required_or_tls_unavailable_is_failedstarttls(text: str) -> None:
    # RFC 3207 section 4 (454 TLS not available); RFC 4954 section 4 (538 encryption required).
    assert parse_reply(text).reason is Reason.FAILEDSTARTTLS


@pytest.mark.parametrize("text", [
    "पते में वाक्य रचना त्रुटि",  # hi: a syntax error in the address
    "ঠিকানায় সিনট্যাক্স ত্রুটি",  # bn
    "చిరునామాలో సిన్టాక్సు దోషం",  # te
    "ऐसे मेलबॉक्स नाम की अनुमति नहीं है",  # hi: such a mailbox name is not allowed
    "এই মেইল বক্সের নাম গ্রহণযোগ্য নয়",  # bn
    "या पत्रपेटीच्या नावाला परवानगी नाही",  # mr
    "SMTP: பெறுனர் பட்டியலை பிரிக்க முடியவில்லை, மீண்டும் முயலவும்",  # ta: the recipient list not parsed
])
def test_a_syntax_error_or_a_mailbox_name_not_allowed_is_a_syntax_error(text: str) -> None:
    # RFC 5321 501 syntax error in parameters, 553 mailbox name not allowed (X.1.3).
    assert parse_reply(text).reason is Reason.SYNTAXERROR


@pytest.mark.parametrize("text", [
    "उपयोगकर्ता का भंडारण संभाजन से ज्यादा हो गया",  # hi: the storage allotment went over
    "প্রাপকের বরাদ্দ স্থান অতিক্রান্ত",  # bn
    "మీ నిల్వ కేటాయింపు మించిపోయింది",  # te
    "அவருடைய சேமித்த இடம் போதவில்லை",  # ta: the storage space is not enough
])
def test_the_storage_allotment_run_over_is_mailboxfull(text: str) -> None:
    # RFC 5321 552 exceeded storage allocation; RFC 3463 X.2.2 mailbox full.
    assert parse_reply(text).reason is Reason.MAILBOXFULL


@pytest.mark.parametrize("text", [
    "अपर्याप्त सिस्टम भंडारण, बाद में भेजें",  # hi: insufficient system storage
    "सर्व्हरवर अपूरी यंत्रणा साठवणी",  # mr
    "సరిపోని సిస్టమ్ నిల్వ ఉంది",  # te
    "இப்போது கணினியில் இடம் இல்லை",  # ta
])
def test_the_system_storage_short_is_systemfull(text: str) -> None:
    # RFC 5321 452 insufficient system storage; RFC 3463 X.3.1 mail system full.
    assert parse_reply(text).reason is Reason.SYSTEMFULL


@pytest.mark.parametrize("text", [
    "मेल सर्वर से कनेक्शन टूट गया",  # hi: the connection broke
    "კავშირი სერვერთან დაკარგულია",  # ka: lost
    "சேவையகம் இணைப்பு தோல்வியடைந்தது",  # ta: failed
    "मेल सर्वर से कनेक्ट करने में त्रुटि हुई",  # hi: an error connecting
    "சேவையகத்தோடு இணைப்பதில் பிழை ஏற்பட்டது",  # ta
    "మెయిల్ సర్వర్ అనుసంధానించుటలో దోషం",  # te
    "სერვერთან დაკავშირების შეცდომა მოხდა",  # ka
    "সার্ভারের সাথে সংযোগের ক্ষেত্রে সমস্যা হয়েছে",  # bn
    "जोडणी करतेवेळी त्रुटी आली",  # mr
])
def test_a_connection_lost_or_failed_is_a_network_error(text: str) -> None:
    # RFC 3463 X.4.2 bad connection.
    assert parse_reply(text).reason is Reason.NETWORKERROR


@pytest.mark.parametrize("text", [
    "संदेश का आकार 20000000 बाइट्स से अधिक है",  # hi: the message's size is more than N bytes
    "შეტყობინების ზომის გადაჭარბების გამო უარყოფილია",  # ka: refused for exceeding the message's size
])
def test_a_message_over_the_size_allowed_is_mesgtoobig(text: str) -> None:
    # RFC 3463 X.3.4 message too big for system.
    assert parse_reply(text).reason is Reason.MESGTOOBIG


def test_a_letter_written_as_one_code_point_or_as_two_is_the_same_word() -> None:
    # Bengali "য়" is U+09DF or "য" (U+09AF) with a nukta (U+09BC); Tamil "ோ" is U+0BCB or U+0BC7 with U+0BBE. The
    # catalogues write either; both spellings read the same terms.
    one = "\u09aa\u09b0\u09bf\u09b7\u09c7\u09ac\u09be \u0989\u09aa\u09b2\u09ac\u09cd\u09a7 \u09a8\u09df"
    two = "\u09aa\u09b0\u09bf\u09b7\u09c7\u09ac\u09be \u0989\u09aa\u09b2\u09ac\u09cd\u09a7 \u09a8\u09af\u09bc"
    assert parse_reply(one).reason is Reason.SYSTEMERROR
    assert parse_reply(two).reason is Reason.SYSTEMERROR
    composed = "\u0ba4\u0bcb\u0bb2\u0bcd\u0bb5\u0bbf"
    decomposed = "\u0ba4\u0bc7\u0bbe\u0bb2\u0bcd\u0bb5\u0bbf"
    assert [t[0] for t in concept_terms(composed)] == [t[0] for t in concept_terms(decomposed)]


@pytest.mark.parametrize("text", [
    "तुमची पत्रपेटी उपलब्ध नाही",  # mr: your mailbox is not available
    "आपकी मेलपेटी उपलब्ध नहीं है",  # hi
    "ఆ తపాలాపేటిక అందుబాటులో లేదు",  # te
])
def test_a_mailbox_said_not_available_in_two_words_is_an_unknown_user(text: str) -> None:
    # RFC 5321 550 mailbox unavailable: the negated "available" is the vague state the weak pair reads.
    assert parse_reply(text).reason is Reason.USERUNKNOWN
