package dev.aegis.pack.pii.internal.recognize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EmailRecognizerTest {

    private final EmailRecognizer recognizer = new EmailRecognizer();

    @Test
    void findsAddressesWithTagsSubdomainsAndLongTopLevelDomains() {
        assertThat(Found.in(recognizer, "Write to jane.doe+news@mail.example.co.uk or OPS_team@acme-corp.io."))
                .containsExactly("jane.doe+news@mail.example.co.uk", "OPS_team@acme-corp.io");
    }

    @Test
    void leavesHandlesDomainlessAtsAndUrlCredentialsAlone() {
        assertThat(Found.in(recognizer, "Ping @jane, meet me @ 5, user@localhost, https://bob:secret@db.example.com")).isEmpty();
    }
}
