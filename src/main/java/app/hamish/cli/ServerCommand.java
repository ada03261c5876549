package app.hamish.cli;

import app.hamish.model.ServerAddress;
import app.hamish.model.TeamRole;
import app.hamish.service.TeamServer;
import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "server", description = {"Set up a PostgreSQL server workspace for a team, as its admin (see "
        + "docs/team-server.md). Each person logs in as their own role, and the server itself refuses what their "
        + "role may not do."},
        subcommands = {ServerCommand.Init.class, ServerCommand.AddUser.class})
final class ServerCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        throw new CommandLine.ParameterException(spec.commandLine(), "say what to do: init or add-user");
    }

    /** A server address as a positional parameter; a mistyped one is a usage error saying what is wrong. */
    static final class AddressConverter implements CommandLine.ITypeConverter<ServerAddress> {
        @Override
        public ServerAddress convert(String value) {
            try {
                return ServerAddress.parse(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }

    @Command(name = "init", description = {"Create or update the workspace in the database, with the group roles "
            + "hamish_annotator, hamish_reviewer and hamish_admin, their grants and the server's guards. Run as a "
            + "login with CREATEROLE that owns the database; running it again changes nothing."})
    static final class Init implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "URL", converter = AddressConverter.class,
                description = "postgresql://HOST[:PORT]/DB?user=ADMIN (the password from PGPASSWORD or ~/.pgpass).")
        ServerAddress server;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            TeamServer.initialise(server);
            spec.commandLine().getOut().println("The team workspace " + server.database() + " on " + server.host()
                    + ":" + server.port() + " is ready; add people with hamish server add-user.");
            return ExitCodes.OK;
        }
    }

    @Command(name = "add-user", description = {"Add a person: a login role NAME, in the group of --role, and an "
            + "annotator NAME in the workspace. The new login's password is read from standard input (one line), "
            + "never from the command line."})
    static final class AddUser implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "URL", converter = AddressConverter.class,
                description = "postgresql://HOST[:PORT]/DB?user=ADMIN (the admin's password from PGPASSWORD or "
                        + "~/.pgpass).")
        ServerAddress server;

        @Parameters(index = "1", paramLabel = "NAME", description = "The login, which is also the annotator's "
                + "name: lower-case letters, digits and underscores.")
        String name;

        @Option(names = "--role", required = true, paramLabel = "ROLE",
                description = "annotator, reviewer or admin (an admin also reviews, and may add people).")
        String role;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            TeamRole teamRole = TeamRole.fromCode(role).orElseThrow(() -> usage(
                    "--role is annotator, reviewer or admin, not " + role));
            if (!TeamRole.isLoginName(name)) {
                throw usage(name + " cannot be a login name: use lower-case letters, digits and underscores,"
                        + " starting with a letter or underscore, not pg_ or hamish_, at most 63");
            }
            char[] password = readPassword();
            if (password.length == 0) {
                throw usage("no password on standard input for " + name + ": give it as one line");
            }
            TeamServer.addMember(server, name, teamRole, password);
            spec.commandLine().getOut().println("Added " + name + " as " + teamRole.code() + " to "
                    + server.database() + " on " + server.host() + ":" + server.port() + ".");
            return ExitCodes.OK;
        }

        /** At a terminal, asked for without echo; from a pipe, its first line. */
        private char[] readPassword() {
            Console console = System.console();
            if (console != null && console.isTerminal()) {
                char[] typed = console.readPassword("Password for %s: ", name);
                return typed == null ? new char[0] : typed;
            }
            try {
                BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
                String line = in.readLine();
                return line == null ? new char[0] : line.toCharArray();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the password from standard input", e);
            }
        }

        private CommandLine.ParameterException usage(String message) {
            return new CommandLine.ParameterException(spec.commandLine(), message);
        }
    }
}
