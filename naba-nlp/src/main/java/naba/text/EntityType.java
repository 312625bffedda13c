package naba.text;

/** Named-entity types, as in ANERcorp. */
public enum EntityType {
    /** A person: «جون كيري». */
    PERS,
    /** A place: «سوريا», «واشنطن». */
    LOC,
    /** An organization: «وزارة الخارجية الروسية». */
    ORG,
    /** Anything else named: events, nationalities in names, products. */
    MISC
}
