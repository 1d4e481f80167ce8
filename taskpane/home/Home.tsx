import { Body1, Body1Strong, Caption1, Subtitle1, Subtitle2, Title2 } from "@fluentui/react-components";
import { dataSets } from "../../src/engine/catalogue/dataSets";
import { domains } from "../../src/engine/catalogue/domains";
import type { Runtime } from "../runtime";
import { describeRuntime } from "./describeRuntime";
import { useHomeStyles } from "./Home.styles";

export interface HomeProps {
  readonly runtime: Runtime;
}

export function Home({ runtime }: HomeProps) {
  const styles = useHomeStyles();
  return (
    <main className={styles.root} aria-labelledby="home-title">
      <Title2 as="h1" id="home-title" className={styles.heading}>
        Rounded Assessment
      </Title2>
      <Body1 as="p" className={styles.heading}>
        Compares each of the 43 police forces of England and Wales with its most similar forces, across
        four domains, and explains where it stands and why.
      </Body1>
      <Body1 as="p" className={styles.runtime}>
        {describeRuntime(runtime)}
      </Body1>
      <section className={styles.domains} aria-labelledby="domains-title">
        <Subtitle1 as="h2" id="domains-title" className={styles.heading}>
          The four domains
        </Subtitle1>
        {domains.map((domain) => (
          <section key={domain.id} className={styles.domain} aria-labelledby={`domain-${domain.id}`}>
            <Subtitle2 as="h3" id={`domain-${domain.id}`} className={styles.heading}>
              {domain.name}
            </Subtitle2>
            <Caption1 as="p" className={styles.heading}>
              {domain.graded ? "Graded." : "A profile, not graded."}
            </Caption1>
            <ul className={styles.dataSets}>
              {dataSets
                .filter((dataSet) => dataSet.domain === domain.id)
                .map((dataSet) => (
                  <li key={dataSet.id} className={styles.dataSet}>
                    <Body1Strong>{dataSet.name}</Body1Strong>
                    <Caption1 className={styles.measure}>{dataSet.measure}</Caption1>
                  </li>
                ))}
            </ul>
          </section>
        ))}
      </section>
    </main>
  );
}
