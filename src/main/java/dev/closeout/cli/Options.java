package dev.closeout.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a command was given after its name, read the same way for every command: {@code --demo},
 * {@code --binance}, {@code --data-dir DIR} or {@code --data-dir=DIR}, {@code --format text|json} or
 * {@code --format=json}, {@code --to DIR} or {@code --to=DIR} (export's folder, plan's asset), {@code --network NET},
 * {@code --formats A,B} or {@code --formats=A,B}, {@code --help}, and file arguments.
 * Each command says which of these it takes ({@link Syntax}); anything else is refused with a
 * {@link Refused} naming it. Which combinations make sense is the command's to judge.
 */
final class Options {

    /** The options a command may take. */
    enum Option {
        DEMO("--demo", false),
        BINANCE("--binance", false),
        DATA_DIR("--data-dir", true),
        FORMAT("--format", true),
        TO("--to", true),
        NETWORK("--network", true),
        FORMATS("--formats", true);

        final String name;
        final boolean takesValue;

        Option(String name, boolean takesValue) {
            this.name = name;
            this.takesValue = takesValue;
        }
    }

    /** The formats {@code --format} names. */
    static final List<String> FORMATS = List.of("text", "json");

    /** One command's options and how many file arguments it takes. */
    record Syntax(Set<Option> options, int files) {

        Syntax {
            options = Set.copyOf(options);
        }
    }

    /** What is wrong with the arguments; the command words it. */
    enum Problem {
        /** {@code argument} is no option this command takes. */
        UNKNOWN_OPTION,
        /** {@code argument}, an option's name, ends the line without its value. */
        VALUE_MISSING,
        /** {@code argument} is one file argument more than the command takes. */
        EXTRA_ARGUMENT,
        /** {@code argument} is no format {@code --format} names. */
        UNKNOWN_FORMAT
    }

    /** Arguments the command cannot take: the problem and the argument it is about. */
    static final class Refused extends Exception {

        final Problem problem;
        final String argument;

        Refused(Problem problem, String argument) {
            super(problem + " " + argument, null, false, false);
            this.problem = problem;
            this.argument = argument;
        }
    }

    boolean help;
    boolean demo;
    boolean binance;
    /** Null when not given: the command's default folder then. */
    Path dataDir;
    String format = "text";
    /** Export's folder, or the asset a plan sends everything as. */
    String to;
    String network;
    /** What {@code --formats} said, unread: the export's formats are the command's to judge; null when not given. */
    String formats;
    final List<String> files = new ArrayList<>();

    private Options() {
    }

    /**
     * Reads {@code args} as {@code syntax} allows. Stops at {@code --help} (or {@code -h}), as the
     * command then only prints its usage. {@code -} alone is a file argument for a command that takes
     * files (as for most tools), an unknown option for one that takes none.
     */
    static Options read(List<String> args, Syntax syntax) throws Refused {
        Options options = new Options();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--help") || arg.equals("-h")) {
                options.help = true;
                return options;
            }
            if (arg.startsWith("-") && !(arg.equals("-") && syntax.files() > 0)) {
                Option option = option(arg, syntax).orElseThrow(() -> new Refused(Problem.UNKNOWN_OPTION, arg));
                String value = null;
                if (arg.contains("=")) {
                    value = arg.substring(arg.indexOf('=') + 1);
                } else if (option.takesValue) {
                    if (i + 1 == args.size()) {
                        throw new Refused(Problem.VALUE_MISSING, option.name);
                    }
                    value = args.get(++i);
                }
                options.set(option, value);
            } else if (options.files.size() == syntax.files()) {
                throw new Refused(Problem.EXTRA_ARGUMENT, arg);
            } else {
                options.files.add(arg);
            }
        }
        if (!FORMATS.contains(options.format)) {
            throw new Refused(Problem.UNKNOWN_FORMAT, options.format);
        }
        return options;
    }

    /** The option {@code arg} names, if the syntax takes it: {@code --name}, or {@code --name=value} for one with a value. */
    private static Optional<Option> option(String arg, Syntax syntax) {
        for (Option option : syntax.options()) {
            if (arg.equals(option.name) || (option.takesValue && arg.startsWith(option.name + "="))) {
                return Optional.of(option);
            }
        }
        return Optional.empty();
    }

    private void set(Option option, String value) {
        switch (option) {
            case DEMO -> demo = true;
            case BINANCE -> binance = true;
            case DATA_DIR -> dataDir = Path.of(value);
            case FORMAT -> format = value;
            case TO -> to = value;
            case NETWORK -> network = value;
            case FORMATS -> formats = value;
        }
    }
}
