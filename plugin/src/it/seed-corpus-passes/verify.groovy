import org.apache.uima.UIMAFramework
import org.apache.uima.util.CasCreationUtils
import org.apache.uima.util.CasIOUtils
import org.apache.uima.util.XMLInputSource

def log = new File(basedir, 'build.log').text
assert log.contains('corpusqa: 5 documents (')
assert !log.contains('unresolved-actor')
def result = new File(basedir, 'target/corpusqa-result.xml').text
assert result.contains('<checkstyle version="8.0">')

// Load every XMI with nothing but TypeSystem.xml, as the UIMA CAS Editor does.
def xmiDir = new File(basedir, 'target/corpusqa/xmi')
def typeSystem = UIMAFramework.getXMLParser().parseTypeSystemDescription(new XMLInputSource(new File(xmiDir, 'TypeSystem.xml')))
def cas = CasCreationUtils.createCas(typeSystem, null, null)
def xmis = xmiDir.listFiles().findAll { it.name.endsWith('.txt.xmi') }
assert xmis.size() == 5
try {
    Class.forName('org.corpusqa.type.Actor')
    assert false : 'the check must not see corpusqa classes'
} catch (ClassNotFoundException expected) {
}
xmis.each { xmi ->
    cas.reset()
    xmi.withInputStream { CasIOUtils.load(it, cas) }
    assert cas.getDocumentText().length() > 1000
    ['Actor', 'Location', 'Numeral', 'Quote'].each { type ->
        assert cas.getAnnotationIndex(cas.getTypeSystem().getType("org.corpusqa.type.${type}")).size() > 0 : "${xmi.name} has no ${type}"
    }
}
return true
