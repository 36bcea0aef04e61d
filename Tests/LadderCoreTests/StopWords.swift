/// Words too common to say anything about where a sentence came from, in the
/// normalised form `LessonOverlap.words(in:)` produces (apostrophes dropped).
enum StopWords {
    /// Common English function words, contractions and modal verbs.
    static let english: Set<String> = Set(
        """
        i me my myself we our ours ourselves you your yours yourself yourselves he him his himself she her hers
        herself it its itself they them their theirs themselves what which who whom this that these those am is
        are was were be been being have has had having do does did doing a an the and but if or because as until
        while of at by for with about against between into through during before after above below to from up
        down in out on off over under again further then once here there when where why how all any both each
        few more most other some such no nor not only own same so than too very s t can will just don should now
        dont doesnt didnt isnt arent wasnt werent cant wont wouldnt shouldnt couldnt youre youll youve youd
        thats theres theyre ive im id hes shes lets
        also could would may might must shall one ones every many much even yet via per whether within without
        though although since onto towards toward across among else get gets got
        """.split(whereSeparator: \.isWhitespace).map(String.init))
}
