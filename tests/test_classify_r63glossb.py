"""Words by meaning from the translation catalogues of programs that are not mail programs (round r63glossb: GLib's
GIO, Linux-PAM, GNU libc, APT, PostgreSQL, GStreamer), the words a language's translators use for a connection
refused or timed out, a host unreachable, a login failed, a disk full. Each tested in a sentence of our own wording
and through a concept rule, not the model's guess."""

from __future__ import annotations

import pytest
from rule_reading import by_concept as _by_rule

from bouncelib import Reason


def _km(*words: str) -> str:
    """A Khmer sentence as its catalogues write it: a ZERO WIDTH SPACE between words."""
    return "\u200b".join(words)



@pytest.mark.parametrize("text", [
    "ფოსტის სერვერთან მიერთების შეცდომა",  # ka: an error connecting to the mail server
    "ამჟამად ქსელი მიუწვდომელია",  # ka: the network is unreachable at present
    "SMTP სერვერის პასუხის მოლოდინის დრო გავიდა",  # ka: the time waiting for the SMTP server's answer has passed
    "메일 서버에 도달할 수 없습니다",  # ko: the mail server cannot be reached
    "서버 응답 시간 제한을 넘었습니다",  # ko: the server's answer went over the time limit
    "SMTP 서버와의 연결이 닫혔습니다",  # ko: the connection with the SMTP server was closed
    "目标邮件服务器不可达",  # zh: the destination mail server cannot be reached
    "Server surat tidak dapat dijangkau saat ini",  # id: the mail server cannot be reached at present
    "Koneksi ke server SMTP tertutup tiba-tiba",  # id: the connection to the SMTP server closed suddenly
    "Pelayan mel tidak boleh capai buat masa ini",  # ms: the mail server cannot be reached for now
    "Sambungan ke pelayan SMTP telah tamat masa",  # ms: the connection to the SMTP server has timed out
    "Sambungan ke pelayan mel telah ditutup",  # ms: the connection to the mail server has been closed
    "મેઇલ સર્વર સાથે જોડી શક્યા નહિં",  # gu: could not connect with the mail server
    "સર્વર સાથેનું જોડાણ બંધ થયેલ છે",  # gu: the connection with the server is closed
    "સર્વરના જવાબ માટે સમયસમાપ્તિ",  # gu: time ran out for the server's answer
    "ମେଲ ସର୍ଭର ସହିତ ସଂଯୁକ୍ତ କରିପାରିଲା ନାହିଁ",  # or: could not connect with the mail server
    "ସର୍ଭର ସହିତ ସଂଯୋଗ ବନ୍ଦ ହୋଇଯାଇଛି",  # or: the connection with the server has been closed
    "அஞ்சல் சேவையகத்தை அடைய முடியவில்லை",  # ta: could not reach the mail server
    "சேவையகத்துடனான இணைப்பு மூடப்பட்டது",  # ta: the connection with the server was closed
    "मेल सर्वर से कनेक्ट नहीं हो सका",  # hi: could not connect to the mail server
    "सर्वर का जवाब आने से पहले टाइम आउट हो गया",  # hi: it timed out before the server's answer came
    "ಮೇಲ್ ಸರ್ವರ್ ಅನ್ನು ತಲುಪಲು ಸಾಧ್ಯವಾಗಿಲ್ಲ",  # kn: it was not possible to reach the mail server
    "మెయిల్ సర్వర్‌తో అనుసంధానం కాలేక పోయింది",  # te: could not connect with the mail server
    "సర్వర్ కనెక్షన్ మూసివేయబడింది",  # te: the server connection was closed
    "मेल सर्व्हरशी जोडणी अशक्य",  # mr: connecting to the mail server is impossible
    "सर्व्हरशी जोडणी अयशस्वी झाली",  # mr: connecting to the server was unsuccessful
    "ਮੇਲ ਸਰਵਰ ਨਾਲ ਕੁਨੈਕਟ ਨਹੀਂ ਕੀਤਾ ਜਾ ਸਕਦਾ",  # pa: the mail server cannot be connected to
    "Սերվերի պատասխանի ժամանակը լրացել է",  # hy: the time for the server's answer has run out
    "Սերվերի հետ կապը փակ է",  # hy: the connection with the server is closed
    "Пошта сервері қолжетерсіз",  # kk: the mail server is out of reach
    "Сервермен байланыс жабылған",  # kk: the connection with the server is closed
    _km("មិន", "អាច", "តភ្ជាប់", "ទៅ", "ម៉ាស៊ីន", "មេ", "សំបុត្រ", "បាន", "ទេ"),  # km: cannot connect to the mail server
    _km("ការតភ្ជាប់", "ទៅ", "ម៉ាស៊ីន", "មេ", "បាន", "បរាជ័យ"),  # km: the connection to the server failed
])
def test_a_connection_that_fails_or_times_out_is_a_network_error(text: str) -> None:
    assert _by_rule(text) is Reason.NETWORKERROR


@pytest.mark.parametrize("text", [
    "მომხმარებლის ავთენტიფიკაცია ვერ მოხერხდა",  # ka: the user's authentication could not be done
    "Gagal authentifikasi pengguna",  # id: the user's authentication failed
    "ಬಳಕೆದಾರರ ದೃಢೀಕರಣವು ವಿಫಲಗೊಂಡಿದೆ",  # kn: the user's authentication has failed
])
def test_a_failed_login_is_a_security_error(text: str) -> None:
    assert _by_rule(text) is Reason.SECURITYERROR


@pytest.mark.parametrize("text", [
    "სერვერის დისკზე საკმარისი ადგილი არაა",  # ka: there is not enough room on the server's disk
    "서버 디스크에 여유 공간이 없습니다",  # ko: there is no free room on the server's disk
    "服务器磁盘上没有足够的空间",  # zh: there is not enough room on the server's disk
    "Disk server tidak cukup ruang",  # id: the server's disk has not enough room
    "સર્વર પર પૂરતી જગ્યા નથી",  # gu: there is not enough room on the server
    "ସର୍ଭରରେ ଯଥେଷ୍ଟ ସ୍ଥାନ ନାହିଁ",  # or: there is not enough room in the server
    "சேவையகத்தில் போதுமான இடம் இல்லை",  # ta: there is not enough room in the server
    "सर्वर पर पर्याप्त स्थान नहीं है",  # hi: there is not enough room on the server
    "সার্ভারে পর্যাপ্ত স্থান নেই",  # bn: there is not enough room in the server
    "ಸರ್ವರ್‌ನಲ್ಲಿ ಸಾಕಷ್ಟು ಸ್ಥಳವಿಲ್ಲ",  # kn: there is not enough room in the server
    "ਸਰਵਰ ਉੱਤੇ ਲੋੜੀਦੀ ਥਾਂ ਨਹੀਂ ਹੈ",  # pa: the room needed is not there on the server
    "Սերվերում տարածությունը բավարար չէ",  # hy: the room in the server is not sufficient
    "Серверде жеткілікті орын жоқ",  # kk: there is not enough room on the server
    _km("ម៉ាស៊ីន", "មេ", "គ្មាន", "ទំហំ", "ទំនេរ", "គ្រប់គ្រាន់"),  # km: the server lacks enough free room
])
def test_no_room_left_on_the_server_is_a_full_system(text: str) -> None:
    assert _by_rule(text) is Reason.SYSTEMFULL


@pytest.mark.parametrize("text", [
    "Kata laluan yang diberi salah",  # ms: the password given is wrong
    "Kata sandi untuk akun ini salah",  # id: the password for this account is wrong
    "પાસવર્ડ ખોટો છે",  # gu: the password is wrong
    "ପ୍ରବେଶ ସଙ୍କେତ ଭୁଲ ଅଛି",  # or: the password is wrong
    "கடவுச்சொல் தவறானது",  # ta: the password is wrong
    "आपका पासवर्ड गलत है",  # hi: your password is wrong
    "गुप्तशब्द चुकीचा आहे",  # mr: the password is wrong
    "আপনার পাসওয়ার্ড ভুল",  # bn: your password is wrong
    "ಗುಪ್ತಪದ ತಪ್ಪಾಗಿದೆ",  # kn: the password is wrong
    "సంకేతపదము తప్పు",  # te: the password is wrong
    "ਤੁਹਾਡਾ ਪਾਸਵਰਡ ਗਲਤ ਹੈ",  # pa: your password is wrong
    "Գաղտնաբառը սխալ է",  # hy: the password is wrong
    "Mật khẩu của bạn không đúng",  # vi: your password is not right
    "كلمة السر التي أدخلتها خاطئة",  # ar: the password you entered is wrong
    "ඔබගේ රහස්පදය වැරදියි",  # si: your password is wrong
    _km("ពាក្យ", "សម្ងាត់", "របស់", "អ្នក", "មិន", "ត្រឹមត្រូវ"),  # km: your password is not correct
])
def test_a_password_named_in_a_client_error_is_a_login_failure(text: str) -> None:
    assert _by_rule(text) is Reason.SECURITYERROR


def test_a_mailbox_that_does_not_exist_is_an_unknown_user() -> None:
    # ka: such a mailbox does not exist
    assert _by_rule("ასეთი საფოსტო ყუთი არ არსებობს") is Reason.USERUNKNOWN


@pytest.mark.parametrize("text", [
    "დაშიფვრისთვის გამოყენებული სერტიფიკატი ვადაგასულია",  # ka: the certificate used for encryption is out of date
    # km: TLS encryption cannot be used on this server
    _km("ការ", "អ៊ិនគ្រីប TLS មិន", "អាច", "ប្រើ", "បាន", "នៅ", "លើ", "ម៉ាស៊ីន", "មេ", "នេះ"),
])
def test_an_expired_certificate_or_tls_not_to_be_had_is_a_failed_starttls(text: str) -> None:
    assert _by_rule(text) is Reason.FAILEDSTARTTLS


def test_a_server_that_refused_the_connection_is_a_network_error() -> None:
    # km: the mail server refused your connection
    assert _by_rule(_km("ម៉ាស៊ីន", "មេ", "សំបុត្រ", "បាន", "បដិសេធ", "ការតភ្ជាប់", "របស់", "អ្នក")) is Reason.NETWORKERROR


@pytest.mark.parametrize("text", [
    "ბრძანების ტექსტში სინტაქსური შეცდომა",  # ka: a syntax error in the command's text
    "Perintah ini memuat argumen yang tidak valid",  # id: this command carries an argument that is not valid
    "コマンドの引数が無効です",  # ja: the command's argument is invalid
    "Lệnh có đối số không hợp lệ",  # vi: the command has an invalid argument
])
def test_a_syntax_error_or_an_invalid_argument_is_a_syntax_error(text: str) -> None:
    assert _by_rule(text) is Reason.SYNTAXERROR


@pytest.mark.parametrize("text", [
    "입력한 수신자 주소가 잘못되었습니다",  # ko: the recipient address entered was wrong
    "이 받는 사람의 메일함을 찾을 수 없습니다",  # ko: this recipient's mailbox cannot be found
])
def test_a_recipient_said_wrong_or_not_to_be_found_is_an_unknown_user(text: str) -> None:
    assert _by_rule(text) is Reason.USERUNKNOWN


def test_an_unknown_host_is_an_unknown_host() -> None:
    # zh: the mail server is an unknown host
    assert _by_rule("邮件服务器是未知的主机") is Reason.HOSTUNKNOWN


@pytest.mark.parametrize("text", [
    "投递时域名解析暂时失败",  # zh: resolving the domain failed for now while delivering
    "SMTP 连接被对方重设",  # zh: the SMTP connection was reset by the other side
])
def test_a_failed_name_lookup_for_now_or_a_reset_connection_is_a_network_error(text: str) -> None:
    assert _by_rule(text) is Reason.NETWORKERROR


@pytest.mark.parametrize("text", [
    "આ સર્વર પર એનક્રિપ્શન જરૂરી છે",  # gu: encryption is required on this server
    "સર્વર પર TLS બિનઉપલબ્ધ",  # gu: TLS unavailable on the server
    "ଏହି ସର୍ଭର ପାଇଁ TLS ଆବଶ୍ୟକ",  # or: TLS is needed for this server
    "ସର୍ଭର TLS ସମର୍ଥିତ ନୁହଁ",  # or: the server: TLS is not supported
])
def test_tls_required_or_not_to_be_had_is_a_failed_starttls(text: str) -> None:
    assert _by_rule(text) is Reason.FAILEDSTARTTLS


@pytest.mark.parametrize("text", [
    "ასეთი მიმღები არ არსებობს",  # ka: no such receiver exists
    "Ստացողի հասցեն անվավեր է",  # hy: the recipient's address is invalid
])
def test_a_recipient_or_address_said_invalid_or_missing_is_an_unknown_user_georgian_armenian(text: str) -> None:
    assert _by_rule(text) is Reason.USERUNKNOWN


def test_georgian_authorisation_failed_is_a_security_error() -> None:
    # ka: authorisation on the mail server could not be done
    assert _by_rule("საფოსტო სერვერზე ავტორიზაცია ვერ მოხერხდა") is Reason.SECURITYERROR


def test_georgian_connecting_failed_is_a_network_error() -> None:
    # ka: connecting to the mail server could not be done
    assert _by_rule("საფოსტო სერვერთან დაკავშირება ვერ მოხერხდა") is Reason.NETWORKERROR


@pytest.mark.parametrize("text", [
    "Փոստի սերվերի հետ կապը մերժվել է",  # hy: the connection with the mail server has been refused
    "Չհաջողվեց կապը սերվերի հետ",  # hy: the connection with the server did not succeed
])
def test_armenian_a_refused_or_failed_connection_is_a_network_error(text: str) -> None:
    assert _by_rule(text) is Reason.NETWORKERROR


def test_armenian_authentication_that_did_not_succeed_is_a_security_error() -> None:
    # hy: the authentication did not succeed
    assert _by_rule("Վավերացումը չհաջողվեց") is Reason.SECURITYERROR


def test_khmer_a_server_that_does_not_support_tls_is_a_failed_starttls() -> None:
    # km: the server does not support TLS
    assert _by_rule(_km("ម៉ាស៊ីន", "មេ", "មិន", "គាំទ្រ TLS", "ទេ")) is Reason.FAILEDSTARTTLS


def test_khmer_a_syntax_error_is_a_syntax_error() -> None:
    # km: there is a syntax error in the command
    assert _by_rule(_km("មាន", "កំហុស", "វាក្យ", "សម្ព័ន្ធ", "ក្នុង", "ពាក្យ", "បញ្ជា")) is Reason.SYNTAXERROR


@pytest.mark.parametrize("text", [
    "Alamat penerima ini tidak sah",  # ms: this recipient address is not valid
    "Penerima tidak dijumpai di pelayan",  # ms: the recipient was not found on the server
])
def test_malay_a_recipient_invalid_or_not_found_is_an_unknown_user(text: str) -> None:
    assert _by_rule(text) is Reason.USERUNKNOWN


@pytest.mark.parametrize("text", [
    "Saiz mesej anda melebihi had",  # ms: the size of your message goes over the limit
    "Mesej ini terlalu besar untuk dihantar",  # ms: this message is too big to send
])
def test_malay_a_message_over_the_size_is_too_big(text: str) -> None:
    assert _by_rule(text) is Reason.MESGTOOBIG


def test_malay_an_expired_certificate_is_a_failed_starttls() -> None:
    # ms: the certificate has expired
    assert _by_rule("Sijil telah tamat tempoh") is Reason.FAILEDSTARTTLS


@pytest.mark.parametrize("text", [
    "সার্ভারের সাথে TLS স্থাপন ব্যর্থ হয়েছে",  # bn: setting up TLS with the server has failed
    "सर्वर के साथ TLS विफल रहा",  # hi: TLS with the server failed
])
def test_tls_that_failed_is_a_failed_starttls(text: str) -> None:
    assert _by_rule(text) is Reason.FAILEDSTARTTLS


def test_hindi_a_connection_that_was_unsuccessful_is_a_network_error() -> None:
    # hi: the connection to the server was unsuccessful
    assert _by_rule("सर्वर से कनेक्शन असफल") is Reason.NETWORKERROR
