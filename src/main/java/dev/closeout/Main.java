package dev.closeout;

import dev.closeout.cli.CloseoutCommand;
import dev.closeout.exchange.demo.DemoExchange;
import dev.closeout.i18n.Messages;
import java.io.FileOutputStream;
import java.io.FileDescriptor;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/** Entry point: {@code closeout check …} runs the command line; no arguments prints usage until the desktop app arrives. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        Charset charset = consoleCharset();
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, charset);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, charset);
        CloseoutCommand.Exchanges exchanges = dataDir -> DemoExchange.open(DataDirectory.demoExchange(dataDir));
        int exit = new CloseoutCommand(out, err, Messages.forLocale(Locale.getDefault()), exchanges, DataDirectory.defaultLocation())
                .run(List.of(args));
        out.flush();
        err.flush();
        System.exit(exit);
    }

    /** UTF-8 (JSON must be), unless a Windows console told Java its own code page. */
    private static Charset consoleCharset() {
        String console = System.getProperty("sun.stdout.encoding");
        return console == null ? StandardCharsets.UTF_8 : Charset.forName(console);
    }
}
