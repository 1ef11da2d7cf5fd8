#!/usr/bin/perl
# Sisimai's own speed on the same files: reads one path per line on stdin,
# runs Sisimai->make on each, prints "<files> <seconds> <emails/s>".
use strict;
use warnings;
use Sisimai;
use Time::HiRes qw(time);
my @paths = grep { length } map { chomp; $_ } <STDIN>;
my $t0 = time;
for my $p (@paths) { my $r = eval { Sisimai->make($p, 'delivered' => 1) }; }
my $dt = time - $t0;
printf "%d %.3f %.1f\n", scalar(@paths), $dt, @paths / $dt;
