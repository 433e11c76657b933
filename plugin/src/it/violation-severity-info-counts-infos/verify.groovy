def log = new File(basedir, 'build.log').text
assert log =~ /at severity info or above/
return true
