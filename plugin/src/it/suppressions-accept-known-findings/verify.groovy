def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert log =~ /corpusqa: 2 findings suppressed/
assert !(log =~ /\[ERROR\].*Jane Doeland/)
def result = new File(basedir, 'target/corpusqa-result.xml').text
assert result =~ /severity="ignore" message="\[suppressed: fictional minister in a test article\] Actor 'Jane Doeland'/
return true
