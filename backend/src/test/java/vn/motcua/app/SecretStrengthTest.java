package vn.motcua.app;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SecretStrengthTest {

    @RepeatedTest(50)
    void everyGeneratedSecretIsStrong() {
        assertThat(SecretStrength.weakness(InstanceSecretStore.generate())).isEmpty();
    }

    @Test
    void randomHexOfOpensslIsStrong() {
        assertThat(SecretStrength.weakness("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08")).isEmpty();
    }

    @Test
    void weakValuesSayWhy() {
        assertThat(SecretStrength.weakness(null)).contains("it is empty");
        assertThat(SecretStrength.weakness("0123456789abcdefghij")).contains("it is shorter than 32 bytes");
        assertThat(SecretStrength.weakness("x".repeat(64))).get().asString().startsWith("it has too little variety");
        assertThat(SecretStrength.weakness("abcabcabcabcabcabcabcabcabcabcabcabc")).get().asString().contains("variety");
        assertThat(SecretStrength.weakness("please-change-me-please-change-me-now")).contains("it is a value published in the repository");
    }
}
