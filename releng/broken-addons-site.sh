#!/usr/bin/env bash
# Writes a p2 update site of add-ons that must not harm the product, for the smoke test:
#   org.exhaustionlab.broken.needspackage.feature  - its bundle needs org.exhaustionlab.optimize 7.x (not there)
#   org.exhaustionlab.broken.newerplatform.feature - needs a platform feature 9.x (incompatible)
#   org.exhaustionlab.broken.unresolvable.feature  - p2 can install it, but its bundle's manifest imports a package
#                                                    nobody exports, so OSGi never resolves it
# The metadata is what the p2 publisher writes for such bundles and features (requirements from the manifests),
# written directly so that no build can refuse the broken bundles first. Usage: broken-addons-site.sh DIR
set -euo pipefail
mkdir -p "$1/plugins"
site=$(cd "$1" && pwd)
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT

bundle_jar() { # id, extra manifest lines
  mkdir -p "$work/$1/META-INF"
  printf 'Manifest-Version: 1.0\nBundle-ManifestVersion: 2\nBundle-SymbolicName: %s\nBundle-Version: 1.0.0\n%b' \
    "$1" "$2" > "$work/$1/META-INF/MANIFEST.MF"
  (cd "$work/$1" && jar --create --file "$site/plugins/$1_1.0.0.jar" --manifest META-INF/MANIFEST.MF)
}
bundle_jar org.exhaustionlab.broken.needspackage 'Import-Package: org.exhaustionlab.optimize;version="[7.0.0,8.0.0)"\n'
bundle_jar org.exhaustionlab.broken.unresolvable 'Import-Package: org.exhaustionlab.does.not.exist\n'

bundle_unit() { # id, requirement xml (or empty)
  local requires=""
  [ -n "$2" ] && requires="<requires size='1'>$2</requires>"
  cat <<EOF
    <unit id='$1' version='1.0.0'>
      <provides size='3'>
        <provided namespace='org.eclipse.equinox.p2.iu' name='$1' version='1.0.0'/>
        <provided namespace='osgi.bundle' name='$1' version='1.0.0'/>
        <provided namespace='org.eclipse.equinox.p2.eclipse.type' name='bundle' version='1.0.0'/>
      </provides>
      $requires
      <artifacts size='1'><artifact classifier='osgi.bundle' id='$1' version='1.0.0'/></artifacts>
      <touchpoint id='org.eclipse.equinox.p2.osgi' version='1.0.0'/>
      <touchpointData size='1'><instructions size='1'>
        <instruction key='manifest'>Bundle-SymbolicName: $1&#xA;Bundle-Version: 1.0.0&#xA;</instruction>
      </instructions></touchpointData>
    </unit>
EOF
}
feature_unit() { # feature id, requirement xml
  cat <<EOF
    <unit id='$1.feature.group' version='1.0.0' singleton='false'>
      <properties size='2'>
        <property name='org.eclipse.equinox.p2.name' value='Broken add-on $1'/>
        <property name='org.eclipse.equinox.p2.type.group' value='true'/>
      </properties>
      <provides size='1'><provided namespace='org.eclipse.equinox.p2.iu' name='$1.feature.group' version='1.0.0'/></provides>
      <requires size='1'>$2</requires>
      <touchpoint id='null' version='0.0.0'/>
    </unit>
EOF
}
iu() { echo "<required namespace='org.eclipse.equinox.p2.iu' name='$1' range='$2'/>"; }

{
  echo "<?xml version='1.0' encoding='UTF-8'?>"
  echo "<?metadataRepository version='1.2.0'?>"
  echo "<repository name='Broken ExhaustionLab add-ons' type='org.eclipse.equinox.internal.p2.metadata.repository.LocalMetadataRepository' version='1'>"
  echo "  <properties size='1'><property name='p2.timestamp' value='$(date +%s)000'/></properties>"
  echo "  <units size='5'>"
  bundle_unit org.exhaustionlab.broken.needspackage \
    "<required namespace='java.package' name='org.exhaustionlab.optimize' range='[7.0.0,8.0.0)'/>"
  bundle_unit org.exhaustionlab.broken.unresolvable ""
  feature_unit org.exhaustionlab.broken.needspackage.feature "$(iu org.exhaustionlab.broken.needspackage '[1.0.0,1.0.0]')"
  feature_unit org.exhaustionlab.broken.newerplatform.feature "$(iu org.exhaustionlab.platform.feature.feature.group '[9.0.0,10.0.0)')"
  feature_unit org.exhaustionlab.broken.unresolvable.feature "$(iu org.exhaustionlab.broken.unresolvable '[1.0.0,1.0.0]')"
  echo "  </units>"
  echo "</repository>"
} > "$site/content.xml"

{
  echo "<?xml version='1.0' encoding='UTF-8'?>"
  echo "<?artifactRepository version='1.1.0'?>"
  echo "<repository name='Broken ExhaustionLab add-ons' type='org.eclipse.equinox.p2.artifact.repository.simpleRepository' version='1'>"
  echo "  <properties size='1'><property name='p2.timestamp' value='$(date +%s)000'/></properties>"
  echo "  <mappings size='1'><rule filter='(&amp; (classifier=osgi.bundle))' output='\${repoUrl}/plugins/\${id}_\${version}.jar'/></mappings>"
  echo "  <artifacts size='2'>"
  for id in org.exhaustionlab.broken.needspackage org.exhaustionlab.broken.unresolvable; do
    echo "    <artifact classifier='osgi.bundle' id='$id' version='1.0.0'><properties size='1'><property name='download.size' value='$(stat -c %s "$site/plugins/${id}_1.0.0.jar")'/></properties></artifact>"
  done
  echo "  </artifacts>"
  echo "</repository>"
} > "$site/artifacts.xml"
