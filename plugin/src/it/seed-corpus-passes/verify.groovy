def log = new File(basedir, 'build.log').text
assert log.contains('corpusqa: 5 documents (')
assert !log.contains('unresolved-actor')
def xmi = new File(basedir, 'target/corpusqa/xmi')
assert new File(xmi, 'TypeSystem.xml').isFile()
assert xmi.listFiles().findAll { it.name.endsWith('.txt.xmi') }.size() == 5
def result = new File(basedir, 'target/corpusqa-result.xml').text
assert result.contains('<checkstyle version="8.0">')
return true
