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
 * @param ltv                     §1 LTV of one customer (see {@link GroupOutcomes})
 * @param ltvToCac                ltv / cac
 */
public record GroupOutcome(String group, int customers, OptionalDouble spend, OptionalDouble cac,
                           OptionalDouble activationRate, OptionalDouble medianDaysToFirstValue,
                           OptionalDouble adoptionRate, int yearOldAccounts, OptionalDouble logoRetention12m,
                           double startingArr, double arrNow, OptionalDouble nrr, double expansionArr,
                           int retainedCustomers, OptionalDouble costPerRetainedCustomer, OptionalDouble ltv,
                           OptionalDouble ltvToCac) {
}
