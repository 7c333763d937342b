import java.time.LocalDateTime
import java.time.ZoneId

def log = new File(basedir, 'build.log').text
def out = new File(basedir, 'target/generated-sources/jsoncontract/example/inventory')
// what antrun's touch set, in the local time zone
def aged = LocalDateTime.parse('2020-01-01T00:00').atZone(ZoneId.systemDefault()).toInstant().toEpochMilli()

// the state records the plugin version Maven resolved for ${plugin.version}
// Maven 3.9 prints "--- jsoncontract:<version>:generate", Maven 3.6 "--- jsoncontract-maven-plugin:<version>:generate"
def version = (log =~ /--- jsoncontract(?:-maven-plugin)?:(\S+?):generate/)[0][1]
assert new File(basedir, 'target/generated-sources/jsoncontract/.jsoncontract-state').text.contains("\nplugin ${version}\n")

// run 1 wrote everything
assert log =~ /\[INFO\] jsoncontract: generated 3 files in .* \(3 written, 0 unchanged, 0 removed\)/

// run 3: nothing changed, nothing written, one line says so
assert log.contains('[INFO] jsoncontract: sources up to date (3 files), nothing written')

// run 4: Widget is gone; Gadget did not change and kept the timestamp from 2020; Inventory changed
assert !new File(out, 'Widget.java').exists()
assert new File(out, 'Gadget.java').lastModified() == aged
assert new File(out, 'Inventory.java').lastModified() > aged
assert log =~ /\[INFO\] jsoncontract: generated 2 files in .* \(1 written, 1 unchanged, 1 removed\)/
return true
