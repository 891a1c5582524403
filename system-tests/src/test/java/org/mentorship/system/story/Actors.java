package org.mentorship.system.story;

import java.util.UUID;

/**
 * The people of the story and their tokens. Mentees and mentors carry a per-run suffix, so the story can run
 * again against the same (external) system without meeting its earlier self.
 */
final class Actors {

    final String run = UUID.randomUUID().toString().substring(0, 6);
    private final StorySystem sys;

    Actors(StorySystem sys) {
        this.sys = sys;
    }

    String id(String name) {
        return name + "-" + run;
    }

    String email(String name) {
        return name + "." + run + "@example.org";
    }

    String mentee(String name) {
        return sys.system.token(id(name), "mentee");
    }

    String mentor(String name) {
        return sys.system.token(id(name), "mentor");
    }

    String coordinator() {
        return sys.system.token("cora", "coordinator");
    }

    /** The second organisation of the story (per run, so its figures are the story's own). */
    String secondOrganization() {
        return "Parsers Guild " + run;
    }

    /** olga runs the second organisation: its projects, selection and follow-up, nothing of another. */
    String orgAdmin() {
        return sys.system.orgAdminToken(id("olga"), secondOrganization());
    }

    String finance() {
        return sys.system.token("fiona", "finance");
    }

    String partner() {
        return sys.system.token("lms", "partner");
    }
}
