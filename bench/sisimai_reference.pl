#!/usr/bin/perl
# Sisimai 4.25's own verdicts on bouncelib's labelled material, for bench/sisimai_reference.py.
# Reads JSON lines on stdin: {"id": ..., "text": ...} (a reply text, put as the Diagnostic-Code of
# an RFC 3464 report whose Status is the text's first enhanced status, else X.0.0 of its reply
# code's class, and read by Sisimai->make as a bounce mail would be) or {"id": ..., "path": ...}
# (a mail: Sisimai->make).
# Writes one JSON line per input: {"id", "reason"} or {"id", "records": [{recipient, reason,
# action, hardbounce}]}; a mail Sisimai cannot read gives "records": [].
use strict;
use warnings;
use Encode qw(encode_utf8);
use JSON::PP;
use Sisimai;
use Sisimai::Reason;
binmode STDOUT, ':encoding(UTF-8)';
my $json = JSON::PP->new->canonical;
while (my $line = <STDIN>) {
    next unless $line =~ /\S/;
    my $in = decode_json($line);
    my $out = { id => $in->{id} };
    if (defined $in->{text}) {
        my $text = join ' ', split /\s+/, $in->{text};
        my ($status) = $text =~ /\b([245]\.\d{1,3}\.\d{1,3})\b/;
        $status //= $text =~ /\A4\d\d/ ? '4.0.0' : '5.0.0';
        my $mail = join "\n", 'From MAILER-DAEMON Thu Jan  1 00:00:00 2024',
            'From: Mail Delivery System <MAILER-DAEMON@example.net>', 'To: sender@example.org',
            'Subject: Undelivered Mail Returned to Sender', 'Date: Thu, 01 Jan 2024 00:00:00 +0000',
            'MIME-Version: 1.0', 'Content-Type: multipart/report; report-type=delivery-status; boundary="B"', '',
            '--B', 'Content-Type: text/plain', '', 'This is the mail system.', '',
            '--B', 'Content-Type: message/delivery-status', '', 'Reporting-MTA: dns; mx.example.net', '',
            'Final-Recipient: rfc822; user@example.com', 'Action: failed', "Status: $status",
            "Diagnostic-Code: smtp; $text", '', '--B--', '';
        $mail = encode_utf8($mail);
        my $data = eval { Sisimai->make(\$mail) } || [];
        $out->{reason} = @$data ? $data->[0]->reason : 'undefined';
    } else {
        my $data = eval { Sisimai->make($in->{path}, 'delivered' => 0) } || [];
        $out->{records} = [ map { {
            recipient  => $_->recipient->address,
            reason     => $_->reason,
            action     => $_->action,
            hardbounce => ($_->softbounce // -1) == 0 ? JSON::PP::true : JSON::PP::false,
        } } @$data ];
    }
    print $json->encode($out), "\n";
}
