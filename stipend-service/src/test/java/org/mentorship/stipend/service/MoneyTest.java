package org.mentorship.stipend.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void theRemainderGoesToTheLastInstallment() {
        assertThat(Money.split(100001, List.of(50, 50))).containsExactly(50000L, 50001L);
        assertThat(Money.split(100, List.of(33, 33, 34))).containsExactly(33L, 33L, 34L);
        assertThat(Money.split(1000, List.of(33, 33, 34))).containsExactly(330L, 330L, 340L);
        assertThat(Money.split(7, List.of(100))).containsExactly(7L);
    }

    @Test
    void countryAdjustmentIsHeldBetweenFloorAndCap() {
        Map<String, Integer> table = Map.of("IN", 40, "CH", 150);
        assertThat(Money.adjust(300000, table, "DE", null, null)).isEqualTo(300000);
        assertThat(Money.adjust(300000, table, "IN", null, null)).isEqualTo(120000);
        assertThat(Money.adjust(300000, table, "IN", 150000L, null)).isEqualTo(150000);
        assertThat(Money.adjust(300000, table, "CH", null, 400000L)).isEqualTo(400000);
        assertThat(Money.adjust(333, Map.of("IN", 50), "IN", null, null)).isEqualTo(167);
    }

    @Test
    void majorUnitsFollowTheCurrencysScale() {
        assertThat(Money.major(150000, "EUR").toPlainString()).isEqualTo("1500.00");
        assertThat(Money.major(5000, "JPY").toPlainString()).isEqualTo("5000");
        assertThat(Money.major(1234, "KWD").toPlainString()).isEqualTo("1.234");
        assertThat(Money.isCurrency("EUR")).isTrue();
        assertThat(Money.isCurrency("XYZ")).isFalse();
        assertThat(Money.isCurrency("eur")).isFalse();
    }

    @Test
    void ibansAreCheckedAndAccountsMasked() {
        assertThat(SepaTransferPolicy.validIban("DE89370400440532013000")).isTrue();
        assertThat(SepaTransferPolicy.validIban("DE89370400440532013001")).isFalse();
        assertThat(SepaTransferPolicy.validIban("not an iban")).isFalse();
        // Check digits right (mod 97 = 1), but a German IBAN has 22 characters: the country's BBAN rule refuses it.
        assertThat(SepaTransferPolicy.validIban("DE543704004405320130001")).isFalse();
        assertThat(PayeeCrypto.mask("DE89370400440532013000")).isEqualTo("******************3000");
        assertThat(PayeeCrypto.mask("ana@x.org")).isEqualTo("*****.org");
    }
}
