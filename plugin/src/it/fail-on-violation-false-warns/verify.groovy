def log = new File(basedir, 'build.log').text
assert log =~ /\[ERROR\] corpus\/storm\.txt:\[3,18\] \(reference\) unresolved-actor: .*Jane Doeland/
assert log =~ /\[WARNING\] You have \d+ unresolved reference/
assert log.contains('BUILD SUCCESS')
return true
