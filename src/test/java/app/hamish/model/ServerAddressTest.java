package app.hamish.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A server's address never carries a password: one written into it is refused with a usage error that says where a
 * password goes and never repeats it, since refusals are printed and logged (decision 0032).
 */
class ServerAddressTest {
    private static final String SECRET = "Sirr-7319";

    @Test
    void aPasswordInTheAddressIsRefusedWithoutBeingRepeated() {
        for (String typed : new String[] {
            "postgresql://db.newsroom.example/team?user=mona&password=" + SECRET,
            "postgresql://db.newsroom.example/team?PASSWORD=" + SECRET + "&user=mona",
            "postgresql://db.newsroom.example/team?user=mona&pass%77ord=" + SECRET,
            "postgresql://mona:" + SECRET + "@db.newsroom.example/team",
            "postgresql://db.newsroom.example/team?user=mona&password=" + SECRET + " x",
            "postgresql://mona:" + SECRET + "@db.newsroom.example/",
        }) {
            assertThatThrownBy(() -> ServerAddress.parse(typed)).as(typed)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("db.newsroom.example")
                    .hasMessageNotContaining(SECRET);
        }
        assertThatThrownBy(() -> ServerAddress.parse("postgresql://db.newsroom.example/team?user=mona&password="
                + SECRET)).hasMessageContaining("PGPASSWORD").hasMessageContaining("~/.pgpass");
    }

    @Test
    void aPasswordHoldingAnAtSignSlashOrHashIsHiddenWhole() {
        for (String secret : new String[] {"Sirr@7319", "Sirr/7319", "Sirr#7319", "Si:rr@73/19"}) {
            String typed = "postgresql://mona:" + secret + "@db.newsroom.example/team";
            assertThatThrownBy(() -> ServerAddress.parse(typed)).as(typed)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("db.newsroom.example")
                    .hasMessageNotContaining("Sirr").hasMessageNotContaining("Si:rr")
                    .hasMessageNotContaining("7319").hasMessageNotContaining("19@");
        }
    }

    @Test
    void theFullAddressReadsBackAsTheSameServerWithItsUserAndOptions() {
        ServerAddress server = new ServerAddress("db.newsroom.example", 5433, "hamish team", "mona",
                Map.of("sslmode", "verify-full", "sslrootcert", "/etc/ssl/newsroom ca.pem"));
        assertThat(server.url()).startsWith("postgresql://db.newsroom.example:5433/hamish%20team?user=mona&")
                .contains("sslmode=verify-full");
        assertThat(ServerAddress.parse(server.url())).isEqualTo(server);
    }
}
