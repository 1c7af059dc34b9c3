/**
 * A phone's screen (narrower than a tablet held upright): its CPU is slow, so long tasks are
 * split up (the first render) or made shorter (fewer headline cards drawn with it).
 */
export const onPhoneScreen = () => window.innerWidth < 760;
