def log = new File(basedir, 'build.log').text
assert log =~ /\[ERROR\] .*003_f2ce2917a4387b93\.txt:\[\d+,\d+\] \(reference\) unresolved-actor: .*Fuat Oktay/
assert log.contains('You have ')
assert log.contains('The maximum allowed is 0')
def result = new File(basedir, 'target/corpusqa-result.xml').text
assert result.contains('corpusqa.unresolved-actor')
return true
