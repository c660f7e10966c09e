/**
 * The pages' scripts, inlined: the hover tip on restored words, and the
 * batch's tasks view (filters and sorting). Plain browser JavaScript with no
 * library; the pages read fully without it, the script only adds.
 */

/**
 * A tip that follows the pointer (or the focus) over a restored word,
 * showing what OCR printed, the confidence and the other readings, from the
 * word's data-o, data-c and data-a; the labels are the page's own.
 */
export function tipScript(labels: { original: string; confidence: string; alternatives: string }): string {
  return `
(function(){
  var L=${JSON.stringify(labels).replace(/</gu, '\\u003c')};
  var tip=document.createElement('div');tip.id='tip';tip.setAttribute('role','tooltip');document.body.appendChild(tip);
  function line(label,value,strong){var d=document.createElement('div');var b=document.createElement(strong?'b':'span');b.textContent=label+': '+value;d.appendChild(b);tip.appendChild(d);}
  function show(w,x,y){
    tip.textContent='';
    line(L.original,w.getAttribute('data-o'),true);
    line(L.confidence,w.getAttribute('data-c'),false);
    if(w.hasAttribute('data-a'))line(L.alternatives,w.getAttribute('data-a'),false);
    tip.style.display='block';
    var r=tip.getBoundingClientRect();
    tip.style.left=Math.max(4,Math.min(x+12,window.innerWidth-r.width-8))+'px';
    tip.style.top=(y+18+r.height>window.innerHeight?y-r.height-10:y+18)+'px';
  }
  function word(e){return e.target.closest?e.target.closest('.w[data-o]'):null;}
  document.addEventListener('mouseover',function(e){var w=word(e);if(w)show(w,e.clientX,e.clientY);else tip.style.display='none';});
  document.addEventListener('focusin',function(e){var w=word(e);if(w){var r=w.getBoundingClientRect();show(w,r.left,r.bottom);}});
})();
`;
}

/**
 * The tasks view. Each task is a record: its filter values, its sort keys and
 * its row. With every row in the page (a batch of at most data-shown tasks)
 * the records are read from the rows' data-* attributes; past that the page
 * carries every task in #tasks-data (tasks-data.ts) and the rows beyond the
 * first ones are built from it when shown, with textContent only. The
 * selects keep the records that match all three; a header click sorts the
 * records by its column's data-key (text, Vietnamese collation, batch order
 * among equals) and again reverses; the table then shows the first
 * data-shown records that match, and #tasks-capped says so when more do.
 */
export const TASKS_SCRIPT = `
(function(){
  var table=document.getElementById('tasks-table');if(!table)return;
  var body=table.tBodies[0];var shown=Number(table.getAttribute('data-shown'))||Infinity;
  var lead=document.getElementById('f-lead'),month=document.getElementById('f-month'),doc=document.getElementById('f-doc');
  var count=document.getElementById('tasks-shown'),note=document.getElementById('tasks-capped');
  var rendered=document.getElementById('tasks-rendered'),matched=document.getElementById('tasks-matched');
  var source=document.getElementById('tasks-data');var data=source?JSON.parse(source.textContent):null;
  var KEYS=['doctitle','task','leadname','due'];
  function fromRow(r){
    var k={};KEYS.forEach(function(n){k[n]=r.getAttribute('data-'+n)||'';});
    return {order:Number(r.getAttribute('data-order')),doc:r.getAttribute('data-doc'),lead:r.getAttribute('data-lead').split('|'),month:r.getAttribute('data-month').split('|'),keys:k,row:r};
  }
  function fromData(t,i){
    var d=data.docs[t[0]];
    return {order:i,doc:d[0],lead:t[4],month:t[7],keys:{doctitle:d[1],task:t[1],leadname:t[4][0]||'',due:t[8]},row:body.rows[i]||null,t:t};
  }
  var recs=data?data.tasks.map(fromData):Array.prototype.map.call(body.rows,fromRow);
  function el(tag,cls,text){var x=document.createElement(tag);if(cls)x.className=cls;if(text!==undefined)x.textContent=text;return x;}
  function link(href,text,cls){var a=el('a',cls,text);a.setAttribute('href',href);return a;}
  function chips(td,names){names.forEach(function(n,i){if(i)td.appendChild(document.createTextNode(' '));td.appendChild(el('span','chip',n));});}
  function build(r){
    var t=r.t,d=data.docs[t[0]],tr=document.createElement('tr'),c=[];
    var attrs={order:String(r.order),doc:r.doc,lead:t[4].join('|'),month:t[7].join('|')};
    KEYS.forEach(function(n){attrs[n]=r.keys[n];});
    Object.keys(attrs).forEach(function(n){tr.setAttribute('data-'+n,attrs[n]);});
    for(var i=0;i<6;i++)c.push(tr.appendChild(document.createElement('td')));
    c[0].appendChild(link(d[2],d[1],'doc-link'));
    c[1].appendChild(link(d[2]+'#task-'+t[2],t[1]));
    c[2].textContent=t[3];chips(c[3],t[4]);chips(c[4],t[5]);
    t[6].forEach(function(x,i){
      if(i)c[5].appendChild(document.createElement('br'));
      c[5].appendChild(document.createTextNode(x[0]));
      if(x[1]){c[5].appendChild(document.createTextNode(' '));c[5].appendChild(el('b',null,x[1]));}
    });
    return tr;
  }
  function matches(r){
    return (!lead.value||r.lead.indexOf(lead.value)>=0)&&(!month.value||r.month.indexOf(month.value)>=0)&&(!doc.value||r.doc===doc.value);
  }
  function apply(){
    var n=0,out=document.createDocumentFragment();
    recs.forEach(function(r){
      if(!matches(r))return;
      if(n<shown)out.appendChild(r.row||(r.row=build(r)));
      n++;
    });
    body.textContent='';body.appendChild(out);
    count.textContent=String(n);
    if(note){note.hidden=n<=shown;rendered.textContent=String(Math.min(n,shown));matched.textContent=String(n);}
  }
  [lead,month,doc].forEach(function(s){s.addEventListener('change',apply);});
  document.getElementById('f-reset').addEventListener('click',function(){lead.value='';month.value='';doc.value='';apply();});
  var coll=new Intl.Collator('vi',{numeric:true});
  var ths=table.tHead.querySelectorAll('th[data-key]');
  Array.prototype.forEach.call(ths,function(th){
    th.classList.add('sortable');
    th.addEventListener('click',function(){
      var asc=!th.classList.contains('sorted-asc');
      Array.prototype.forEach.call(ths,function(o){o.classList.remove('sorted-asc','sorted-desc');});
      th.classList.add(asc?'sorted-asc':'sorted-desc');
      var key=th.getAttribute('data-key');
      recs.sort(function(a,b){
        var c=coll.compare(a.keys[key]||'\\uffff',b.keys[key]||'\\uffff')||(a.order-b.order);
        return asc?c:-c;
      });
      apply();
    });
  });
  apply();
})();
`;
