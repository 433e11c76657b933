def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert new File(basedir, 'alpha/target/corpusqa/xmi/rain.txt.xmi').isFile()
assert new File(basedir, 'beta/target/corpusqa/xmi/snow.txt.xmi').isFile()
return true
