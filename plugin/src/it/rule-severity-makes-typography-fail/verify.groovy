def log = new File(basedir, 'build.log').text
assert log =~ /\[ERROR\] corpus\/storm\.txt:\[3,10\] \(typography\) accent-apostrophe: /
assert log.contains('You have 1 ')
return true
