package dev.hourglass;

import org.slf4j.bridge.SLF4JBridgeHandler;

/**
 * Every log into one place: SLF4J with Logback ({@link LogConfiguration}: warnings and errors to a rolling file in
 * ~/.hourglass/logs). POI's Log4j arrives through log4j-to-slf4j on its own; java.util.logging — JavaFX and
 * {@link System.Logger} write there — needs its console handler replaced by the bridge, once, at start.
 */
final class Logs {
    private Logs() {
    }

    static void routeJavaUtilLogging() {
        if (!SLF4JBridgeHandler.isInstalled()) {
            SLF4JBridgeHandler.removeHandlersForRootLogger();
            SLF4JBridgeHandler.install();
        }
    }
}
