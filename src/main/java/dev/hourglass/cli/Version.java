package dev.hourglass.cli;

import picocli.CommandLine;

/** The version written in the jar's manifest at build time. */
final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = Version.class.getPackage().getImplementationVersion();
        return new String[] {"hourglass " + (version == null ? "(development build)" : version)};
    }
}
