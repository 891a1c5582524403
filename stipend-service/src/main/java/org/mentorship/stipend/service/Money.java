package org.mentorship.stipend.service;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;

/** Integer minor units only: every division rounds down and the remainder goes to the last share. */
public final class Money {

    /** The ISO 4217 currency, or empty for a code Java does not know. */
    public static boolean isCurrency(String code) {
        if (code == null || !code.matches("[A-Z]{3}")) {
            return false;
        }
        try {
            Currency.getInstance(code);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    public static int scale(String currency) {
        return Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
    }

    /** 123456 EUR -> 1234.56; 5000 JPY -> 5000. */
    public static BigDecimal major(long minor, String currency) {
        return BigDecimal.valueOf(minor, scale(currency));
    }

    /**
     * The amount for a payee's country: the country's percent of the base (100 if the table has none), rounded
     * half-up to a minor unit, then held between floor and cap (either may be absent).
     */
    public static long adjust(
            long baseMinor, Map<String, Integer> countryPercents, String country, Long floorMinor, Long capMinor) {
        int percent = country == null ? 100 : countryPercents.getOrDefault(country, 100);
        long adjusted = BigDecimal.valueOf(baseMinor)
                .multiply(BigDecimal.valueOf(percent))
                .divide(BigDecimal.valueOf(100), 0, RoundingMode.HALF_UP)
                .longValueExact();
        if (floorMinor != null && adjusted < floorMinor) {
            adjusted = floorMinor;
        }
        if (capMinor != null && adjusted > capMinor) {
            adjusted = capMinor;
        }
        return adjusted;
    }

    /** Splits a total by percents (summing to 100); each share rounds down, the last takes the remainder. */
    public static List<Long> split(long totalMinor, List<Integer> percents) {
        List<Long> shares = new ArrayList<>(percents.size());
        long given = 0;
        for (int i = 0; i < percents.size(); i++) {
            long share = i == percents.size() - 1
                    ? totalMinor - given
                    : Math.multiplyExact(totalMinor, percents.get(i)) / 100;
            shares.add(share);
            given += share;
        }
        return shares;
    }

    private Money() {}
}
