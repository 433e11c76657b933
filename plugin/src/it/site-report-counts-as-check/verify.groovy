// Run 1 (verify) is the gate: its console lines and summary are what check counts.
// Run 2 (site) renders target/site/corpusqa.html, which must show exactly the same numbers.
def log = new File(basedir, 'build.log').text
def html = new File(basedir, 'target/site/corpusqa.html')
assert html.isFile() : 'mvn site wrote no corpusqa.html'
def page = html.getText('UTF-8')

def summary = log =~ /corpusqa: (\d+) documents \(\d+ unchanged, taken from the cache\), (\d+) findings/
assert summary.find() : 'no check summary in build.log'
def checkDocuments = summary.group(1) as int
def checkFindings = summary.group(2) as int
def checkViolations = ((log =~ /You have (\d+) unresolved reference/)[0][1]) as int
def checkSuppressed = ((log =~ /corpusqa: (\d+) findings suppressed/)[0][1]) as int
def levels = [ERROR: 'error', WARNING: 'warning', INFO: 'info']
def checkLines = (log =~ /\[(ERROR|WARNING|INFO)\] (corpus\/\S+:\[\d+,\d+\]) \(\S+\) ([\w-]+): /)
        .collect { [it[2], levels[it[1]], it[3]] }

// The known corpus: two unknown actors (errors), one accent apostrophe set to info, one suppressed actor.
assert [checkDocuments, checkFindings, checkViolations, checkSuppressed] == [3, 3, 2, 1]
assert checkLines.size() == checkFindings

def sentence = page =~ /(\d+) documents, (\d+) findings, (\d+) violations? at severity error or above\./
assert sentence.find() : 'no summary sentence in corpusqa.html'
assert (sentence.group(1) as int) == checkDocuments
assert (sentence.group(2) as int) == checkFindings
assert (sentence.group(3) as int) == checkViolations

def count = { String measure ->
    def m = page =~ ('<td>' + java.util.regex.Pattern.quote(measure) + '</td>\\s*<td>(\\d+)</td>')
    assert m.find() : "no '${measure}' row in corpusqa.html"
    m.group(1) as int
}
assert count('Documents') == checkDocuments
assert count('Findings') == checkFindings
assert count('Violations (severity error or above)') == checkViolations
assert count('Suppressed') == checkSuppressed
assert count('error') == checkLines.count { it[1] == 'error' }
assert count('warning') == checkLines.count { it[1] == 'warning' }
assert count('info') == checkLines.count { it[1] == 'info' }

// The findings table lists what check logged, in the same order.
def rows = (page =~ /<td>(corpus\/[^<]+:\[\d+,\d+\])<\/td>\s*<td>(\w+)<\/td>\s*<td>([\w-]+)<\/td>/)
        .collect { [it[1], it[2], it[3]] }
assert rows == checkLines

// The report reused check's cache rather than annotating again.
assert log =~ /corpusqa report: 3 documents \(3 unchanged, taken from the cache\), 3 findings, 2 at severity error/
return true
