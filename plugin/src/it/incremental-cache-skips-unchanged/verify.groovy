def log = new File(basedir, 'build.log').text
def runs = (log =~ /corpusqa: 3 documents \((\d+) unchanged/).collect { it[1] as int }
// invoker keeps the log of every invocation; the last three summary lines are the three runs
assert runs.size() >= 3 : "expected three checks in build.log, found ${runs}"
assert runs[-3] == 0 : 'first run annotates everything'
assert runs[-2] == 3 : 'second run reuses all unchanged documents'
assert runs[-1] == 2 : 'after editing b.txt only that document is redone'
assert new File(basedir, 'target/corpusqa/corpusqa-cache').isFile()
return true
