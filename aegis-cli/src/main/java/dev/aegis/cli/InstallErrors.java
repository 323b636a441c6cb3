package dev.aegis.cli;

import dev.aegis.installer.InstallException;
import java.io.PrintWriter;

/** One line per refusal, with the stable code in brackets: {@code aegis plugins install refused [no-plugin]: …}. */
final class InstallErrors {

    private InstallErrors() {}

    static int print(String command, InstallException e, PrintWriter err) {
        err.println("aegis plugins " + command + " refused [" + e.code() + "]: " + e.getMessage());
        err.flush();
        return 1;
    }
}
