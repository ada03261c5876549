package app.hamish.service;

import app.hamish.model.ServerAddress;
import app.hamish.model.TeamRole;
import app.hamish.store.PostgresWorkspaceStore;
import java.time.Clock;
import java.util.Arrays;

/** What an admin does to let a team work on one server workspace (decision 0024). */
public final class TeamServer {
    private TeamServer() {
    }

    /**
     * Creates or brings up to date the workspace schema in the database, with the team's group roles, grants and
     * guards; running it again changes nothing.
     *
     * @throws app.hamish.store.NotAllowedException     if the login may not create roles
     * @throws app.hamish.store.WorkspaceOpenException if the server cannot be reached, or the database holds
     *                                                  something else or a newer workspace
     */
    public static void initialise(ServerAddress server) {
        PostgresWorkspaceStore.initialise(server, Clock.systemUTC()).close();
    }

    /**
     * Adds a person who logs in as {@code name} with {@code password} (cleared here once used) and acts under that
     * name in the workspace.
     *
     * @throws IllegalArgumentException          if {@code name} is not a login name ({@link TeamRole#isLoginName})
     * @throws app.hamish.store.NotAllowedException if the admin's login may not create roles
     * @throws app.hamish.store.ConflictException   if the server already has a role of that name
     */
    public static void addMember(ServerAddress server, String name, TeamRole role, char[] password) {
        if (!TeamRole.isLoginName(name)) {
            throw new IllegalArgumentException(name + " cannot be a login name: use lower-case letters, digits and"
                    + " underscores, starting with a letter or underscore, not pg_ or hamish_, at most 63.");
        }
        try (PostgresWorkspaceStore store = PostgresWorkspaceStore.open(server, Clock.systemUTC())) {
            store.addTeamMember(name, role, password);
        } finally {
            Arrays.fill(password, '\0');
        }
    }
}
