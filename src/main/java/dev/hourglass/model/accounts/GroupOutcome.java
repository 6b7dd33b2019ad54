package dev.hourglass.model.accounts;

import java.util.OptionalDouble;

/**
 * What the accounts of one acquisition source or campaign did (metrics.md §7, seed 004). A figure whose count or
 * spend is missing is empty ("no data").
 *
 * @param group                   the source or campaign ("" for accounts without one)
 * @param customers               accounts in the group
 * @param spend                   what the group cost, empty when the caller has no spend for it
 * @param cac                     spend / customers
 * @param activationRate          accounts that activated (at any time) / customers whose activation is known
 * @param medianDaysToFirstValue  over the accounts whose time to first value is known
 * @param adoptionRate            mean adoption (features adopted / available, capped at 1) over those that have it
 * @param yearOldAccounts         accounts started at least 12 months before the analysis date
 * @param logoRetention12m        share of those not churned within 12 months of their start
 * @param startingArr             Σ ARR at the start
 * @param arrNow                  Σ ARR now (expansion included, 0 for a churned account)
 * @param nrr                     arrNow / startingArr
 * @param expansionArr            Σ expansion ARR net of contractions, churned accounts included
 * @param retainedCustomers       accounts not churned
 * @param costPerRetainedCustomer spend / retained customers
 * @param survivors               accounts started at least 12 months before the as-of date and still customers at
 *                                it: the accounts the expansion of the LTV is measured on
 * @param survivorsStartingArr    their Σ starting ARR
 * @param survivorsArrNow         their Σ ARR now
 * @param survivorsMeanAgeYears   their mean age in years (whole months from the start to the as-of date ÷ 12)
 * @param annualExpansion         (survivorsArrNow ÷ survivorsStartingArr)^(1 / mean age) − 1, at least 0; empty with
 *                                fewer than {@link GroupOutcomes#MINIMUM_SURVIVORS} survivors
 * @param ltv                     §1 LTV of one customer (see {@link GroupOutcomes})
 * @param ltvToCac                ltv / cac
 */
public record GroupOutcome(String group, int customers, OptionalDouble spend, OptionalDouble cac,
                           OptionalDouble activationRate, OptionalDouble medianDaysToFirstValue,
                           OptionalDouble adoptionRate, int yearOldAccounts, OptionalDouble logoRetention12m,
                           double startingArr, double arrNow, OptionalDouble nrr, double expansionArr,
                           int retainedCustomers, OptionalDouble costPerRetainedCustomer, int survivors,
                           double survivorsStartingArr, double survivorsArrNow, OptionalDouble survivorsMeanAgeYears,
                           OptionalDouble annualExpansion, OptionalDouble ltv, OptionalDouble ltvToCac) {
    /** The LTV's annual logo churn: 1 − 12-month logo retention; empty without year-old accounts. */
    public OptionalDouble annualChurn() {
        return logoRetention12m.isPresent() ? OptionalDouble.of(1 - logoRetention12m.getAsDouble()) : OptionalDouble.empty();
    }

    /** The LTV's ACV: the group's mean starting ARR. */
    public double meanStartingArr() {
        return customers == 0 ? 0 : startingArr / customers;
    }
}
