package dev.hourglass.app;

import dev.hourglass.io.BadInputException;
import dev.hourglass.model.accounts.Account;
import dev.hourglass.model.actuals.Ledger;
import java.util.List;

/**
 * Refuses data whose column adds up past what a number can hold, before any figure is computed, naming the file and
 * column. Each value of a file read today is at most 10^15 (docs/mapping.md "Limits"), so only data kept in a
 * workbook by an older Hourglass, or edited behind its back, can get here.
 */
public final class FiniteTotals {
    private FiniteTotals() {
    }

    public static void ofLedger(String fileName, Ledger ledger) throws BadInputException {
        require(fileName, "mrr", ledger.absoluteMrrTotal());
    }

    public static void ofAccounts(String fileName, List<Account> accounts) throws BadInputException {
        double arr = 0;
        double expansion = 0;
        for (Account account : accounts) {
            arr += Math.abs(account.arr());
            expansion += Math.abs(account.expansionArr());
        }
        require(fileName, "arr", arr);
        require(fileName, "expansionArr", expansion);
    }

    private static void require(String fileName, String column, double total) throws BadInputException {
        if (!Double.isFinite(total)) {
            throw new BadInputException(fileName + ", column '" + column + "': the values add up to more than a"
                    + " number can hold; no real business has such figures (check the column's values)");
        }
    }
}
