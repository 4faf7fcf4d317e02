// A JSON schema from the OpenAPI document as indented JSON, with `$ref`s linked to the schema they name.
import { Fragment } from 'react';

function anchorOf(ref: string): string {
  return `schema-${ref.replace('#/components/schemas/', '')}`;
}

export function SchemaView({ schema }: { schema: unknown }) {
  const lines = JSON.stringify(schema, null, 2).split('\n');
  return (
    <pre className="max-h-96 overflow-auto rounded-md bg-code p-3 text-xs leading-relaxed">
      <code>
        {lines.map((line, index) => {
          const ref = /"\$ref": "(#\/components\/schemas\/[^"]+)"/.exec(line);
          if (!ref?.[1]) return <Fragment key={index}>{`${line}\n`}</Fragment>;
          const [before, after] = line.split(ref[1]);
          return (
            <Fragment key={index}>
              {before}
              <a href={`#${anchorOf(ref[1])}`} className="text-accent underline">
                {ref[1]}
              </a>
              {`${after}\n`}
            </Fragment>
          );
        })}
      </code>
    </pre>
  );
}
