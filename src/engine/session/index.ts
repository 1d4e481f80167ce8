export { canAssess, canPublish, type Verdict } from "./assessable";
export { openSession, Session, type DomainState } from "./session";
