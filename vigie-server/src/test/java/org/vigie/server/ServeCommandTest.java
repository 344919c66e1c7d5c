package org.vigie.server;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class ServeCommandTest {

  @Test
  void defaultsAndOptions() {
    ServeCommand c = new ServeCommand();
    new CommandLine(c).parseArgs();
    assertThat(c.port).isEqualTo(8080);
    assertThat(c.host).isEqualTo("127.0.0.1");
    assertThat(c.store).isEqualTo("vigie-data");
    assertThat(c.protectReads).isFalse();

    ServeCommand d = new ServeCommand();
    new CommandLine(d).parseArgs("--store", "/tmp/s", "--port", "9000", "--protect-reads");
    assertThat(d.store).isEqualTo("/tmp/s");
    assertThat(d.port).isEqualTo(9000);
    assertThat(d.protectReads).isTrue();
  }

  @Test
  void helpNamesTheTokenVariable() {
    String usage = new CommandLine(new ServeCommand()).getUsageMessage();
    assertThat(usage)
        .contains("serve")
        .contains("--store")
        .contains("--port")
        .contains("VIGIE_TOKEN");
  }

  @Test
  void badPortIsAUsageError() {
    int code = new CommandLine(new ServeCommand()).execute("--port", "eighty");
    assertThat(code).isEqualTo(2);
  }
}
