def log = new File(basedir, 'build.log').text
def baseline = new File(basedir, 'corpusqa-baseline.tsv')
assert baseline.isFile()
assert baseline.text.toLowerCase().contains('jane doeland')
assert log =~ /corpusqa: wrote \d+ findings to the baseline/
// the last run fails on the new name only
assert log =~ /\[ERROR\] corpus\/storm\.txt:\[\d+,\d+\] \(reference\) unresolved-actor: Actor 'Tomas Brekvald'/
def lastRun = log.substring(log.lastIndexOf('corpusqa-maven-plugin'))
assert !(lastRun =~ /\[ERROR\].*unresolved-actor: Actor 'Jane Doeland'/)
assert lastRun.contains('You have 1 ')
return true
