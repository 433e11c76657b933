def log = new File(basedir, 'build.log').text
assert log.contains('bad.txt: malformed UTF-8 at byte offset 14')
assert log.contains('BUILD FAILURE')
assert new File(basedir, 'target/corpusqa/xmi/good.txt.xmi').isFile()
assert !new File(basedir, 'target/corpusqa/xmi/bad.txt.xmi').exists()
return true
