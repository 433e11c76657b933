def log = new File(basedir, 'build.log').text
assert log.contains('Jane Doeland')
assert !log.contains('You have ')
assert log.contains('BUILD SUCCESS')
return true
